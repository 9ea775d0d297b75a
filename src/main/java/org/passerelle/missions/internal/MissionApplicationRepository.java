package org.passerelle.missions.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.missions.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MissionApplicationRepository extends JpaRepository<MissionApplication, Long> {

    List<MissionApplication> findByMissionIdOrderByCreatedAtAsc(long missionId);

    List<MissionApplication> findByExpertUserIdOrderByCreatedAtDesc(long expertUserId);

    Optional<MissionApplication> findByMissionIdAndExpertUserId(long missionId, long expertUserId);

    long countByMissionIdAndStatus(long missionId, ApplicationStatus status);

    List<MissionApplication> findByMissionIdAndStatus(long missionId, ApplicationStatus status);

    @Query("""
            select a from MissionApplication a where a.status in :waiting and a.answeredAt is null
            and a.appliedAt < :before and a.reminderSentAt is null
            """)
    List<MissionApplication> waitingSince(Collection<ApplicationStatus> waiting, Instant before);

    /** Marks a reminder as sent without changing the application's version (nothing the users see changed). */
    @Modifying
    @Query("update MissionApplication a set a.reminderSentAt = :now where a.id = :id")
    void markReminded(long id, Instant now);

    /** Applications received by an institution's missions (invitations never accepted are not applications). */
    @Query("""
            select a from MissionApplication a, Mission m where a.missionId = m.id and m.institutionId = :institutionId
            and a.appliedAt is not null
            """)
    List<MissionApplication> receivedBy(long institutionId);
}
