package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.shared.AbstractEntity;

/** A message of a mission's discussion, stored as sanitised HTML (rendered once, when written). */
@Entity
@Table(name = "mission_message")
public class Message extends AbstractEntity {

    @Column(nullable = false)
    private Long missionId;

    @Column(nullable = false)
    private Long authorId;

    @Column(nullable = false, length = 20000)
    private String bodyHtml;

    @Column(nullable = false)
    private Instant createdAt;

    protected Message() {}

    public Message(long missionId, long authorId, String bodyHtml, Instant now) {
        this.missionId = missionId;
        this.authorId = authorId;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
    }

    public Long getMissionId() {
        return missionId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
