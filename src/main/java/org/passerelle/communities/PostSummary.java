package org.passerelle.communities;

import java.time.Instant;

/** A post and where it stands: its topic and community, its author, its text and its status. */
public record PostSummary(
        long id,
        long topicId,
        String topicTitle,
        long communityId,
        Long authorId,
        int number,
        String raw,
        String cooked,
        PostStatus status,
        Instant createdAt) {}
