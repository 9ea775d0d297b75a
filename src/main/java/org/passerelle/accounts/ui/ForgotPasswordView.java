package org.passerelle.accounts.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.accounts.AccountService;

/** Asks for a password reset link by e-mail. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends EmailRequestForm implements HasDynamicTitle {

    public ForgotPasswordView(AccountService accounts) {
        super("forgot", "forgot.title", "forgot.intro", "forgot.done", accounts::requestPasswordReset);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
