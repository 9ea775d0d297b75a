package org.passerelle.shared;

/**
 * What is rate-limited, beyond logins ({@code accounts.internal.LoginThrottle}), the forum's own per-member pace
 * (moderation settings) and the open data API ({@code impact.api.ApiRateLimit}). Each is configured under
 * {@code passerelle.rate-limits.<name>}: {@code per-user} and {@code per-address} attempts per {@code period}.
 */
public enum RateLimit {
    /** New accounts, per client address. */
    REGISTRATION("registration"),
    /** Password-reset and verification mails, per e-mail address typed (known or not) and per client address. */
    ACCOUNT_MAIL("account-mail"),
    /** Forum topics and replies, mission talk, answers to the moderators: per member and per client address. */
    POSTING("posting"),
    /** Flags, per member and per client address. */
    FLAGGING("flagging"),
    /** New searches (not further pages of one), per member and per client address. */
    SEARCH("search");

    private final String property;

    RateLimit(String property) {
        this.property = property;
    }

    /** Its name under {@code passerelle.rate-limits}. */
    public String property() {
        return property;
    }

    /** The message key shown when the limit is reached. */
    public String messageKey() {
        return "rateLimit." + property;
    }
}
