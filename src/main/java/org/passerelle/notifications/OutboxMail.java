package org.passerelle.notifications;

import java.time.Instant;

/** A mail in the outbox, as administrators see it in the dev outbox. */
public record OutboxMail(
        long id,
        String recipient,
        String subject,
        String body,
        String status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
