package org.passerelle.communities;

/** Whether a post is shown. Only published posts are read, counted, searched and notified. */
public enum PostStatus {
    PUBLISHED,
    /** Waiting for a moderator's approval (a new member's first posts, a watched word…). */
    PENDING,
    /** Hidden by a moderator or by enough flags, until reviewed. */
    HIDDEN,
    /** Rejected by a moderator. */
    REJECTED,
    /** Deleted by its author. */
    DELETED;

    public String labelKey() {
        return "post.status." + name();
    }
}
