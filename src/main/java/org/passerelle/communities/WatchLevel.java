package org.passerelle.communities;

/** How closely a member follows a topic or a community (as in Discourse). */
public enum WatchLevel {
    /** Told of every new post (of a topic) or every new topic (of a community). */
    WATCHING,
    /** Unread counts shown; told of replies to their posts. */
    TRACKING,
    /** Told only of replies to their posts. */
    NORMAL,
    /** Told of nothing. */
    MUTED;

    public String labelKey() {
        return "watch." + name();
    }
}
