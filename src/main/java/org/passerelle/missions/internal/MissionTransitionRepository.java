package org.passerelle.missions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionTransitionRepository extends JpaRepository<MissionTransitionRecord, Long> {

    List<MissionTransitionRecord> findByMissionIdOrderByAtAscIdAsc(long missionId);
}
