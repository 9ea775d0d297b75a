package org.passerelle.communities;

import java.time.Instant;

/**
 * Decides what happens to a post before it is stored: published, held for approval, or refused with a reason the
 * author reads. Implemented by the moderation module; without one, every post is published.
 */
public interface Gatekeeper {

    /**
     * A post about to be written.
     *
     * @param topicId null for the first post of a new topic
     * @param raw the Markdown as written
     * @param links how many links the rendered post holds
     * @param authorModerates the author moderates the community (or is an administrator)
     * @param history what the author wrote before, counted when asked
     */
    record Draft(
            long authorId,
            long communityId,
            Long topicId,
            String raw,
            int links,
            boolean authorModerates,
            AuthorHistory history) {}

    /** What the author of a draft wrote before: for trust levels and rate limits. */
    interface AuthorHistory {
        /** Their published posts, counted up to {@code cap} (enough to know whether they are still new). */
        long publishedPosts(int cap);

        /** Posts they wrote since then, whatever became of them. */
        long postsSince(Instant since);

        /** Topics they started since then. */
        long topicsSince(Instant since);
    }

    /** Published, held (with the reason moderators read), or refused (with the message key the author reads). */
    sealed interface Decision {
        record Publish(String raw) implements Decision {}

        record Hold(String raw, String reason) implements Decision {}

        record Refuse(String messageKey) implements Decision {}
    }

    Decision review(Draft draft);

    /** Whether members' flags on this post are enough to hide it until a moderator reviews it. */
    default boolean flaggedEnough(long postId) {
        return false;
    }
}
