package org.passerelle.communities.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityRepository extends JpaRepository<Community, Long> {

    Optional<Community> findBySectorCode(String sectorCode);

    List<Community> findAllByOrderByNameEnAsc();
}
