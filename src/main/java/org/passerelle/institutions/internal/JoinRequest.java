package org.passerelle.institutions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.institutions.JoinRequestStatus;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.Texts;

/** A representative's request to act for an existing institution, decided by its representatives. */
@Entity
@Table(name = "institution_join_request")
public class JoinRequest extends AbstractEntity {

    @Column(nullable = false)
    private Long institutionId;

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false, length = 1000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JoinRequestStatus status = JoinRequestStatus.PENDING;

    @Column(nullable = false)
    private Instant createdAt;

    private Long decidedBy;

    private Instant decidedAt;

    protected JoinRequest() {}

    public JoinRequest(long institutionId, long userId, String message, Instant now) {
        this.institutionId = institutionId;
        this.userId = userId;
        this.message = Texts.strip(message);
        this.createdAt = now;
    }

    public void decide(boolean approve, long by, Instant now) {
        if (status != JoinRequestStatus.PENDING) {
            throw new RefusedException("institution.join.decided");
        }
        status = approve ? JoinRequestStatus.APPROVED : JoinRequestStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
    }

    public void withdraw() {
        if (status != JoinRequestStatus.PENDING) {
            throw new RefusedException("institution.join.decided");
        }
        status = JoinRequestStatus.WITHDRAWN;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getMessage() {
        return message;
    }

    public JoinRequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
