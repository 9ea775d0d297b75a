package org.passerelle.notifications.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    @Query("""
            select m.id from OutgoingMail m
            where m.status = org.passerelle.notifications.internal.OutgoingMail.Status.PENDING
              and m.nextAttemptAt <= :now
            order by m.id
            """)
    List<Long> findDue(Instant now, Pageable page);

    /** The mail, locked until the transaction ends: two nodes never send the same mail. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where m.id = :id")
    Optional<OutgoingMail> lockById(long id);

    @Query("select m from OutgoingMail m order by m.id desc")
    List<OutgoingMail> latest(Pageable page);
}
