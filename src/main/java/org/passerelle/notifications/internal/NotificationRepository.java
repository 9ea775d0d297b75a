package org.passerelle.notifications.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.userId = :userId order by n.createdAt desc, n.id desc")
    List<Notification> latest(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<Notification> findByUserIdAndReadAtIsNull(long userId);

    /** Not mailed yet and not read in the app: what a digest should hold. */
    List<Notification> findByUserIdAndMailedFalseAndReadAtIsNullOrderByCreatedAtAsc(long userId);

    @Query("select distinct n.userId from Notification n where n.mailed = false and n.readAt is null")
    List<Long> withUnmailedUnread();
}
