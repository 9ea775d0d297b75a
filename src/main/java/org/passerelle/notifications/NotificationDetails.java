package org.passerelle.notifications;

import java.time.Instant;

/** A notification in the member's notification centre. */
public record NotificationDetails(
        long id, String kind, String title, String actorName, String link, Instant at, boolean read) {}
