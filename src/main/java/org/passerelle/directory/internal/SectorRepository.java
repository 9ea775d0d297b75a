package org.passerelle.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectorRepository extends JpaRepository<Sector, Long> {

    Optional<Sector> findByCode(String code);

    List<Sector> findByActiveTrueOrderByPositionAsc();

    List<Sector> findAllByOrderByPositionAsc();
}
