package org.passerelle.moderation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlagRepository extends JpaRepository<Flag, Long> {

    boolean existsByPostIdAndUserId(long postId, long userId);

    long countByPostIdAndStatus(long postId, String status);

    List<Flag> findByPostIdAndStatus(long postId, String status);

    List<Flag> findByStatusAndPostIdIn(String status, Collection<Long> postIds);

    @Query("select distinct f.postId from Flag f where f.status = 'OPEN'")
    List<Long> openPostIds();
}
