package org.passerelle.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.moderation.PenaltyKind;
import org.passerelle.shared.AbstractEntity;

/** A warning, silence or suspension of a member, with its reason and end; lifted early or at its end. */
@Entity
@Table(name = "member_penalty")
public class Penalty extends AbstractEntity {

    @Column(nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PenaltyKind kind;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false)
    private Long createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant endsAt;

    private Instant liftedAt;

    protected Penalty() {}

    public Penalty(long userId, PenaltyKind kind, String reason, long by, Instant now, Instant endsAt) {
        this.userId = userId;
        this.kind = kind;
        this.reason = reason.strip();
        this.createdBy = by;
        this.createdAt = now;
        this.endsAt = endsAt;
    }

    /** In force at that instant: not lifted, and not ended. */
    public boolean activeAt(Instant now) {
        return liftedAt == null && (endsAt == null || endsAt.isAfter(now));
    }

    public void lift(Instant now) {
        liftedAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public PenaltyKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }
}
