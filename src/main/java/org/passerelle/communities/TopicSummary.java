package org.passerelle.communities;

import java.time.Instant;
import java.util.List;

/**
 * A topic in a community's list.
 *
 * @param unread published posts the reader has not read yet (0 for visitors and for topics never opened… see
 *     {@code neverOpened})
 */
public record TopicSummary(
        long id,
        String title,
        String authorName,
        List<String> tags,
        boolean pinned,
        boolean closed,
        int posts,
        int likes,
        Instant createdAt,
        Instant lastActivityAt,
        int unread,
        boolean neverOpened) {}
