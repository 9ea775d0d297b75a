package org.passerelle.institutions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.institutions.InstitutionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

    @Query("select i from Institution i join i.members m where m = :userId")
    Optional<Institution> findByMember(long userId);

    List<Institution> findByStatusOrderByCreatedAtAsc(InstitutionStatus status);

    List<Institution> findByStatusInOrderByNameAsc(Collection<InstitutionStatus> statuses);
}
