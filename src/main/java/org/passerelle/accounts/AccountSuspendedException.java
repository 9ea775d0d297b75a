package org.passerelle.accounts;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/** Login refused: a moderator suspended the account until a date (checked after the password). */
public class AccountSuspendedException extends AccountStatusException {

    private final Instant until;

    public AccountSuspendedException(Instant until) {
        super("suspended");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
