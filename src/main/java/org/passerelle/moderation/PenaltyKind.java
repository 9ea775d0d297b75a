package org.passerelle.moderation;

/** What a moderator does to a member. */
public enum PenaltyKind {
    /** A private message; nothing else changes. */
    WARNING,
    /** May not post until the end date. */
    SILENCE,
    /** May not log in until the end date; open sessions are ended. */
    SUSPENSION;

    public String labelKey() {
        return "penalty." + name();
    }
}
