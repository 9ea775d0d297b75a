package org.passerelle.moderation;

/** Why a member flags a post. */
public enum FlagReason {
    SPAM,
    OFF_TOPIC,
    INAPPROPRIATE,
    ILLEGAL,
    /** With a note saying what. */
    OTHER;

    public String labelKey() {
        return "flag.reason." + name();
    }
}
