package org.passerelle.directory.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QualificationRepository extends JpaRepository<QualificationRecord, Long> {

    @Query("select q from QualificationRecord q join fetch q.profile where q.verifiedAt is null order by q.id")
    List<QualificationRecord> findPending(Pageable page);
}
