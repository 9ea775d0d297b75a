package org.passerelle.matching.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PendingAlertRepository extends JpaRepository<PendingAlert, Long> {

    List<PendingAlert> findByUserIdOrderByCreatedAtAsc(long userId);

    boolean existsByUserIdAndMissionId(long userId, long missionId);
}
