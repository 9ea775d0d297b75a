package org.passerelle.security;

/** The kinds of user every access table has a column for, in the tables' column order. */
enum UserKind {
    ANONYMOUS("anonymous"),
    UNVERIFIED("unverified"),
    EXPERT("expert"),
    REP_UNVERIFIED_INSTITUTION("rep-pending"),
    REP("rep"),
    MODERATOR("moderator"),
    ADMIN("admin"),
    SUSPENDED("suspended");

    final String column;

    UserKind(String column) {
        this.column = column;
    }
}
