package org.passerelle.matching;

import java.time.Instant;
import java.util.List;

/**
 * A post found by the forum search.
 *
 * @param snippets matching passages as HTML: escaped text with the matched words in {@code <mark>}
 */
public record ForumHit(
        long postId,
        long topicId,
        int number,
        String topicTitle,
        long communityId,
        Instant at,
        List<String> snippets) {}
