package org.passerelle.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.accounts.AccountSuspendedException;
import org.passerelle.accounts.EmailNotVerifiedException;
import org.passerelle.accounts.LoginThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Login with e-mail and password. Spring Security handles the POST; failures come back as {@code ?error} with the
 * reason kept in the HTTP session, so the same address and status serve every failure.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private LoginI18n i18n;

    public LoginView() {
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        i18n = i18n(null);
        form.setI18n(i18n);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        var register = new Anchor("register", getTranslation("login.noAccount"));
        register.setId("login-register");
        var resend = new Anchor("resend-verification", getTranslation("login.resendVerification"));
        add(form, register, resend);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            i18n = i18n(lastFailure());
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private Exception lastFailure() {
        var session = VaadinSession.getCurrent().getSession();
        var failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Exception e ? e : null;
    }

    private LoginI18n i18n(Exception failure) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        var error = i18n.getErrorMessage();
        switch (failure) {
            case LoginThrottledException throttled -> {
                error.setTitle(getTranslation("login.throttled.title"));
                error.setMessage(getTranslation("login.throttled.text", throttled.minutesToWait()));
            }
            case EmailNotVerifiedException unverified -> {
                error.setTitle(getTranslation("login.unverified.title"));
                error.setMessage(getTranslation("login.unverified.text"));
            }
            case AccountSuspendedException suspended -> {
                error.setTitle(getTranslation("login.suspended.title"));
                error.setMessage(getTranslation(
                        "login.suspended.text",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                .withLocale(getLocale())
                                .withZone(ZoneId.systemDefault())
                                .format(suspended.until())));
            }
            case DisabledException disabled -> {
                error.setTitle(getTranslation("login.disabled.title"));
                error.setMessage(getTranslation("login.disabled.text"));
            }
            case null, default -> {
                error.setTitle(getTranslation("login.failed.title"));
                error.setMessage(getTranslation("login.failed.text"));
            }
        }
        return i18n;
    }

    /** The error text the form shows after a failed login. */
    String errorMessage() {
        return i18n.getErrorMessage().getMessage();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
