package org.passerelle.communities;

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
     */
    record Draft(long authorId, long communityId, Long topicId, String raw, int links) {}

    /** Published, held (with the reason moderators read), or refused (with the message key the author reads). */
    sealed interface Decision {
        record Publish(String raw) implements Decision {}

        record Hold(String raw, String reason) implements Decision {}

        record Refuse(String messageKey) implements Decision {}
    }

    Decision review(Draft draft);
}
