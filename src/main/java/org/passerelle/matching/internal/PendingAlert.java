package org.passerelle.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.shared.AbstractEntity;

/** A mission waiting to be included in an expert's next digest. */
@Entity
@Table(name = "mission_alert_pending")
public class PendingAlert extends AbstractEntity {

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false)
    private Long missionId;

    @Column(nullable = false)
    private Instant createdAt;

    protected PendingAlert() {}

    public PendingAlert(long userId, long missionId, Instant now) {
        this.userId = userId;
        this.missionId = missionId;
        this.createdAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getMissionId() {
        return missionId;
    }
}
