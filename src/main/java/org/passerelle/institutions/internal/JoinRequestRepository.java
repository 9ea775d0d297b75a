package org.passerelle.institutions.internal;

import java.util.List;
import java.util.Optional;
import org.passerelle.institutions.JoinRequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    List<JoinRequest> findByInstitutionIdAndStatusOrderByCreatedAtAsc(long institutionId, JoinRequestStatus status);

    Optional<JoinRequest> findFirstByUserIdAndStatus(long userId, JoinRequestStatus status);

    Optional<JoinRequest> findFirstByUserIdOrderByCreatedAtDesc(long userId);
}
