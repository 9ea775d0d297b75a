package org.passerelle.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.passerelle.matching.AlertFrequency;

/** An expert's choice of mission alerts. */
@Entity
@Table(name = "mission_alert_subscription")
public class AlertSubscription {

    @Id
    private Long userId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertFrequency frequency;

    @Column(nullable = false)
    private Instant lastDigestAt;

    protected AlertSubscription() {}

    public AlertSubscription(long userId, AlertFrequency frequency, Instant now) {
        this.userId = userId;
        this.frequency = frequency;
        this.lastDigestAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public AlertFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(AlertFrequency frequency) {
        this.frequency = frequency;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public void digestSent(Instant now) {
        lastDigestAt = now;
    }
}
