package org.passerelle.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.passerelle.notifications.OutboxMail;
import org.passerelle.shared.AbstractEntity;

/** A mail waiting to be sent, or its record once sent. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends AbstractEntity {

    public enum Status {
        /** Not sent yet (maybe after failed attempts). */
        PENDING,
        /** Handed to the SMTP server; the body is then erased, as it may carry a sign-in link. */
        SENT,
        /** No SMTP server configured: written to the log and kept here for the dev outbox. */
        LOGGED
    }

    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(nullable = false, length = 64)
    private String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(length = 1000)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private Instant sentAt;

    protected OutgoingMail() {}

    OutgoingMail(ComposedMail mail, Instant now) {
        this.recipient = mail.recipient();
        this.subject = truncate(mail.subject(), 300);
        this.body = truncate(mail.body(), 20000);
        this.template = mail.template();
        this.createdAt = now;
        // stored to the microsecond: never later than the "now" it is compared with
        this.nextAttemptAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        body = "";
        lastError = null;
    }

    void logged(Instant now) {
        status = Status.LOGGED;
        sentAt = now;
    }

    /** Records a failed attempt; the next one waits 30 s, 1 min, 2 min… up to an hour. Mails are never dropped. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = truncate(error, 1000);
        var backoff = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts - 1, 7));
        nextAttemptAt = now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
    }

    OutboxMail toDetails(boolean withBody) {
        return new OutboxMail(
                getId(),
                recipient,
                subject,
                withBody ? body : "",
                status.name(),
                attempts,
                lastError,
                createdAt,
                sentAt);
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    /** Still to be sent at that instant (another node may have sent it since it was found due). */
    boolean dueAt(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
