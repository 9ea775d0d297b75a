package org.passerelle.missions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionSummaryRepository extends JpaRepository<MissionSummary, Long> {}
