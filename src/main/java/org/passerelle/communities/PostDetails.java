package org.passerelle.communities;

import java.time.Instant;

/**
 * A post as shown in its topic.
 *
 * @param cooked sanitised HTML, rendered from Markdown when the post was written
 * @param replyTo the number of the post this one answers, or null
 * @param mine written by the reader (who may edit it, or delete it within the grace period)
 */
public record PostDetails(
        long id,
        int number,
        String authorName,
        String cooked,
        String raw,
        PostStatus status,
        Integer replyTo,
        int likes,
        boolean likedByMe,
        boolean mine,
        boolean edited,
        Instant createdAt) {}
