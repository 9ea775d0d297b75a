package org.passerelle.missions.internal;

import java.util.Collection;
import java.util.List;
import org.passerelle.missions.MissionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionRepository extends JpaRepository<Mission, Long> {

    List<Mission> findByInstitutionIdOrderByUpdatedAtDesc(long institutionId);

    List<Mission> findByStatusOrderByUpdatedAtAsc(MissionStatus status);

    List<Mission> findByStatusIn(Collection<MissionStatus> statuses);
}
