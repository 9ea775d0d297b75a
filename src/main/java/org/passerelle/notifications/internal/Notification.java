package org.passerelle.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.notifications.NotificationDetails;
import org.passerelle.shared.AbstractEntity;

/** Something a member is told of in the app (and by mail, now or in a digest). */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false, length = 24)
    private String kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 100)
    private String actorName;

    @Column(nullable = false, length = 300)
    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    private boolean mailed;

    protected Notification() {}

    public Notification(long userId, String kind, String title, String actorName, String link, Instant now) {
        this.userId = userId;
        this.kind = kind;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.actorName = actorName.length() > 100 ? actorName.substring(0, 100) : actorName;
        this.link = link;
        this.createdAt = now;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void mailed() {
        mailed = true;
    }

    public Long getUserId() {
        return userId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getActorName() {
        return actorName;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public NotificationDetails toDetails() {
        return new NotificationDetails(getId(), kind, title, actorName, link, createdAt, readAt != null);
    }
}
