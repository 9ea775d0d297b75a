package org.passerelle.accounts;

/** Life of an account: registered, then active once the e-mail is verified; an administrator may disable it. */
public enum AccountStatus {
    PENDING_VERIFICATION,
    ACTIVE,
    DISABLED;

    public String labelKey() {
        return "account.status." + name();
    }
}
