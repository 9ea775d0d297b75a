package org.passerelle.accounts;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address: wait before trying again. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("too many failed logins");
        this.wait = wait;
    }

    /** How long until the next attempt is allowed, rounded up to whole minutes (at least one). */
    public long minutesToWait() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
