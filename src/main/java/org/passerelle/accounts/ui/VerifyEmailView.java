package org.passerelle.accounts.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.accounts.AccountService;

/** Target of the verification link mailed at registration. */
@Route("verify-email")
@AnonymousAllowed
public class VerifyEmailView extends TokenLinkView {

    public VerifyEmailView(AccountService accounts) {
        super("verify", accounts::verifyEmail);
    }
}
