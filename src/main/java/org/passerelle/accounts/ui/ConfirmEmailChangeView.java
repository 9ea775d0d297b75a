package org.passerelle.accounts.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.accounts.AccountService;

/** Target of the link mailed to a new address: applies the e-mail change. */
@Route("confirm-email")
@AnonymousAllowed
public class ConfirmEmailChangeView extends TokenLinkView {

    public ConfirmEmailChangeView(AccountService accounts) {
        super("confirmEmail", accounts::confirmEmailChange);
    }
}
