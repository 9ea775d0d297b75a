package org.passerelle.notifications;

import java.time.Instant;

/** A notification in the member's notification centre. */
public record NotificationView(
        long id, String kind, String title, String actorName, String link, Instant at, boolean read) {}
