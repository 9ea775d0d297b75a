package org.passerelle.communities.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    @Query("select t from Topic t where t.communityId = :communityId order by t.pinned desc, t.lastActivityAt desc")
    List<Topic> latest(long communityId, Pageable page);

    @Query("select t from Topic t where t.communityId = :communityId order by t.pinned desc, t.createdAt desc")
    List<Topic> newest(long communityId, Pageable page);

    @Query("select t from Topic t where t.communityId = :communityId"
            + " order by t.pinned desc, t.likeCount desc, t.postCount desc, t.lastActivityAt desc")
    List<Topic> top(long communityId, Pageable page);

    long countByCommunityId(long communityId);

    /** The topic, locked until the end of the transaction: posts are numbered one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Topic t where t.id = :id")
    Optional<Topic> lockById(long id);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
