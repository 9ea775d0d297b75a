package org.passerelle.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.shared.AbstractEntity;

/** A private message under a penalty, from the member or from a moderator (plain text, shown as text). */
@Entity
@Table(name = "penalty_message")
public class PenaltyMessage extends AbstractEntity {

    @Column(nullable = false)
    private Long penaltyId;

    @Column(nullable = false)
    private Long authorId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    protected PenaltyMessage() {}

    public PenaltyMessage(long penaltyId, long authorId, String body, Instant now) {
        this.penaltyId = penaltyId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public Long getPenaltyId() {
        return penaltyId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
