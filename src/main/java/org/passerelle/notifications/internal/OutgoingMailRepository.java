package org.passerelle.notifications.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where m.id = :id")
    java.util.Optional<OutgoingMail> lockById(long id);

    @Query("select m from OutgoingMail m order by m.id desc")
    List<OutgoingMail> latest(Pageable page);
}
