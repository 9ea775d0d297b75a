package org.passerelle.moderation;

import java.time.Instant;
import java.util.List;
import org.passerelle.communities.PostStatus;

/**
 * A post in a community's review queue: waiting for approval, flagged, or hidden.
 *
 * @param flags the open flags, as "reason: note" lines
 */
public record ReviewItem(
        long postId,
        long topicId,
        String topicTitle,
        int number,
        String authorName,
        Long authorId,
        String raw,
        String cooked,
        PostStatus status,
        List<String> flags,
        Instant createdAt) {}
