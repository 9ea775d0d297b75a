package org.passerelle.communities;

/** A user's place in a community. */
public enum Membership {
    NONE,
    /** Asked to join a community whose membership is by request; a moderator decides. */
    REQUESTED,
    MEMBER,
    MODERATOR;

    public boolean canPost() {
        return this == MEMBER || this == MODERATOR;
    }
}
