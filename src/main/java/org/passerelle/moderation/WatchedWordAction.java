package org.passerelle.moderation;

/** What a watched word does to a post that contains it. */
public enum WatchedWordAction {
    /** The post is refused; the author is told which word. */
    BLOCK,
    /** The post waits for a moderator. */
    REQUIRE_APPROVAL,
    /** The word is replaced by ■■■ and the post goes through. */
    CENSOR;

    public String labelKey() {
        return "watched.action." + name();
    }
}
