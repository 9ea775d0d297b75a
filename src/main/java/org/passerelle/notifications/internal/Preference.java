package org.passerelle.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.passerelle.notifications.EmailFrequency;

/** How often a member wants forum mail, and when the last digest went. */
@Entity
@Table(name = "notification_preference")
public class Preference {

    @Id
    private Long userId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "email", nullable = false, length = 16)
    private EmailFrequency frequency;

    @Column(nullable = false)
    private Instant lastDigestAt;

    protected Preference() {}

    public Preference(long userId, EmailFrequency frequency, Instant now) {
        this.userId = userId;
        this.frequency = frequency;
        this.lastDigestAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public EmailFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(EmailFrequency frequency) {
        this.frequency = frequency;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public void digestSent(Instant now) {
        lastDigestAt = now;
    }
}
