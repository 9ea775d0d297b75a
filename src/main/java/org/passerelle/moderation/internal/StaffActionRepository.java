package org.passerelle.moderation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffActionRepository extends JpaRepository<StaffAction, Long> {

    @Query("select a from StaffAction a order by a.createdAt desc, a.id desc")
    List<StaffAction> latest(Pageable page);

    @Query("select a from StaffAction a where a.communityId in :communities order by a.createdAt desc, a.id desc")
    List<StaffAction> latestIn(Collection<Long> communities, Pageable page);
}
