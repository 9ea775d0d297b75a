package org.passerelle.accounts;

/** What came of following a link sent by e-mail. */
public enum TokenOutcome {
    /** The link was valid and has now been used. */
    DONE,
    /** Unknown, already used or expired: the same answer for each, so nothing is revealed. */
    INVALID_OR_EXPIRED
}
