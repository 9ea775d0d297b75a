package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.EmailChange;
import org.passerelle.accounts.NewPassword;
import org.passerelle.accounts.WrongPasswordException;
import org.passerelle.shared.ui.Fields;

/** The signed-in user's own account: change password, change e-mail (both confirmed with the current password). */
@Route("account")
@Menu(title = "nav.account", order = 90)
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    private final AuthenticationContext authentication;

    public AccountView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        setMaxWidth("40em");
        add(new H1(getTranslation("account.title")));
        add(new H2(getTranslation("account.password.title")));
        passwordForm();
        add(new H2(getTranslation("account.email.title")));
        var current = new Paragraph(getTranslation("account.email.current", accounts.currentEmail()));
        current.setId("account-current-email");
        add(current);
        emailForm();
        add(new H2(getTranslation("account.data.title")), new Paragraph(getTranslation("account.data.text")));
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = accounts.exportMyData();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "passerelle-my-data.json",
                            "application/json",
                            bytes.length);
                }),
                getTranslation("account.data.download"));
        download.setId("account-download-data");
        add(download);
        add(new H2(getTranslation("account.delete.title")), new Paragraph(getTranslation("account.delete.text")));
        deleteForm();
    }

    private void deleteForm() {
        var password = Forms.password(this, "account-delete-password", "account.currentPassword");
        var delete = new Button(getTranslation("account.delete.submit"), e -> {
            if (password.isEmpty()) {
                password.setErrorMessage(getTranslation("accounts.password.required"));
                password.setInvalid(true);
                return;
            }
            var confirm = new ConfirmDialog(
                    getTranslation("account.delete.confirm.title"),
                    getTranslation("account.delete.confirm.text"),
                    getTranslation("account.delete.submit"),
                    ok -> {
                        try {
                            accounts.deleteMyAccount(password.getValue());
                            authentication.logout();
                        } catch (WrongPasswordException wrong) {
                            password.setErrorMessage(getTranslation("account.currentPassword.wrong"));
                            password.setInvalid(true);
                        }
                    },
                    getTranslation("common.cancel"),
                    cancel -> {});
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("account-delete-confirm");
            confirm.open();
        });
        delete.setId("account-delete-submit");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(password, delete);
    }

    private void passwordForm() {
        var bean = new NewPassword();
        var binder = Fields.binder(NewPassword.class);
        var current = Forms.password(this, "account-current-password", "account.currentPassword");
        var password = Forms.password(this, "account-new-password", "account.newPassword");
        Forms.passwordHelp(password);
        var confirmation = Forms.password(this, "account-new-password-confirmation", "reset.passwordConfirmation");
        binder.forField(current)
                .asRequired(getTranslation("accounts.password.required"))
                .bind("currentPassword");
        binder.forField(password).bind("password");
        Forms.bindConfirmation(
                binder,
                confirmation,
                password,
                NewPassword::getPasswordConfirmation,
                NewPassword::setPasswordConfirmation);
        binder.setBean(bean);
        var submit = new Button(getTranslation("account.password.submit"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                accounts.changePassword(bean);
                current.clear();
                password.clear();
                confirmation.clear();
                binder.refreshFields();
                notify("account.password.done");
            } catch (WrongPasswordException wrong) {
                current.setErrorMessage(getTranslation("account.currentPassword.wrong"));
                current.setInvalid(true);
            }
        });
        submit.setId("account-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, password, confirmation, submit);
    }

    private void emailForm() {
        var bean = new EmailChange();
        var binder = Fields.binder(EmailChange.class);
        var email = Forms.email(this, "account-new-email", "account.newEmail");
        var current = Forms.password(this, "account-email-password", "account.currentPassword");
        binder.forField(email).bind("newEmail");
        binder.forField(current).bind("currentPassword");
        binder.setBean(bean);
        var submit = new Button(getTranslation("account.email.submit"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                accounts.requestEmailChange(bean);
                notify("account.email.done");
                current.clear();
            } catch (WrongPasswordException wrong) {
                current.setErrorMessage(getTranslation("account.currentPassword.wrong"));
                current.setInvalid(true);
            }
        });
        submit.setId("account-email-submit");
        add(email, current, submit);
    }

    private void notify(String key) {
        var notification = Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
