package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.NewPassword;
import org.passerelle.accounts.TokenOutcome;
import org.passerelle.shared.ui.Fields;

/** Target of the reset link: choose a new password. The token is used only when the form is sent. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final NewPassword newPassword = new NewPassword();
    private final BeanValidationBinder<NewPassword> binder = Fields.binder(NewPassword.class);
    private String token = "";

    public ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("40em");
        var password = Forms.password(this, "reset-password", "reset.password");
        Forms.passwordHelp(password);
        var confirmation = Forms.password(this, "reset-password-confirmation", "reset.passwordConfirmation");
        binder.forField(password).bind("password");
        Forms.bindConfirmation(
                binder,
                confirmation,
                password,
                NewPassword::getPasswordConfirmation,
                NewPassword::setPasswordConfirmation);
        binder.setBean(newPassword);
        var submit = new Button(getTranslation("reset.submit"), e -> submit());
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("reset.title")), password, confirmation, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        var outcome = accounts.resetPassword(token, newPassword);
        removeAll();
        var done = outcome == TokenOutcome.DONE;
        add(new H1(getTranslation(done ? "reset.done.title" : "reset.invalid.title")));
        add(Forms.message("reset-outcome", getTranslation(done ? "reset.done.text" : "reset.invalid.text")));
        add(new Anchor(done ? "login" : "forgot-password", getTranslation(done ? "nav.login" : "forgot.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
