package org.passerelle.moderation;

import java.time.Instant;

/** One line of the staff action log. {@code actorName} is null when the platform acted (e.g. K flags hid a post). */
public record StaffLogEntry(
        Instant at,
        String actorName,
        StaffActionType action,
        Long communityId,
        String targetName,
        Long topicId,
        Long postId,
        String reason) {}
