package org.passerelle.accounts.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.accounts.AccountService;

/** Asks for a new verification link, for a registration whose first link expired or got lost. */
@Route("resend-verification")
@AnonymousAllowed
public class ResendVerificationView extends EmailRequestForm implements HasDynamicTitle {

    public ResendVerificationView(AccountService accounts) {
        super("resend", "resend.title", "resend.intro", "resend.done", accounts::resendVerification);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resend.title");
    }
}
