package org.passerelle.accounts;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right but the e-mail address has not been verified yet. */
public class EmailNotVerifiedException extends AccountStatusException {
    public EmailNotVerifiedException() {
        super("e-mail not verified");
    }
}
