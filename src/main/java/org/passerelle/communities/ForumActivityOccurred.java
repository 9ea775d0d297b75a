package org.passerelle.communities;

import java.util.Set;

/**
 * A post was published; the people to tell, by why they are told. Published after the post is stored (listeners tell
 * them in the app and by mail, each as they chose).
 *
 * @param kind a new topic (for community watchers), a new post (for topic watchers) or a reply to someone's post
 * @param link the page to open, e.g. {@code topic/12#post-5}
 */
public record ForumActivityOccurred(
        Kind kind, Set<Long> recipients, String topicTitle, String authorName, String link) {

    public enum Kind {
        NEW_TOPIC,
        NEW_POST,
        REPLY,
        /** Someone wrote @TheirName in a post. */
        MENTION
    }
}
