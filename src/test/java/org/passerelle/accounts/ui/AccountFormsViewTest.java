package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** Forgot password, reset password, verification link and the account page, with good and bad input. */
class AccountFormsViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository users;

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    @Test
    void forgotPasswordExplainsBadAddressesAndAnswersTheSameForAnyGoodOne() {
        navigate("forgot-password");
        var email = _get(EmailField.class, spec -> spec.withId("forgot-email"));
        click("forgot-submit");
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address.");
        type(email, "<img src=x onerror=alert(1)>");
        click("forgot-submit");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, such as name@example.org.");

        type(email, TestUsers.uniqueEmail("nobody"));
        click("forgot-submit");
        var unknownAnswer =
                _get(Paragraph.class, spec -> spec.withId("forgot-done")).getText();

        var known = testUsers.active("Known", Role.EXPERT);
        navigate("login");
        navigate("forgot-password");
        type(_get(EmailField.class, spec -> spec.withId("forgot-email")), known.getEmail());
        click("forgot-submit");
        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-done")).getText())
                .isEqualTo(unknownAnswer);
    }

    @Test
    void aResetLinkThatDoesNotWorkSaysSoInFrench() {
        useLocale(Locale.FRENCH);
        navigate("reset-password", "token", "forged-token");
        type(password("reset-password"), "short");
        click("reset-submit");
        assertThat(password("reset-password").getErrorMessage())
                .isEqualTo("Le mot de passe doit compter entre 10 et 256 caractères.");
        type(password("reset-password"), "tamarind river at dusk 42");
        type(password("reset-password-confirmation"), "tamarind river at dusk 42");
        click("reset-submit");
        assertThat(_get(H1.class).getText()).isEqualTo("Ce lien ne fonctionne pas");
    }

    @Test
    void aVerificationLinkThatDoesNotWorkSaysSo() {
        navigate("verify-email", "token", "x".repeat(10_000));
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-outcome")).getText())
                .startsWith("The link is unknown, was already used or has expired.");
    }

    @Test
    void theAccountPageChecksTheCurrentPasswordNextToTheField() {
        var user = testUsers.active("Owner", Role.EXPERT);
        signIn(user);
        navigate("account");
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-current-email"))
                        .getText())
                .contains(user.getEmail());

        type(password("account-current-password"), "not my password");
        type(password("account-new-password"), "savanna evening breeze");
        type(password("account-new-password-confirmation"), "savanna evening breeze");
        click("account-password-submit");
        assertThat(password("account-current-password").getErrorMessage())
                .isEqualTo("This is not your current password.");
        assertThat(users.findById(user.getId()).orElseThrow().getPasswordHash()).isEqualTo(user.getPasswordHash());

        type(password("account-current-password"), TestUsers.PASSWORD);
        click("account-password-submit");
        assertThat(users.findById(user.getId()).orElseThrow().getPasswordHash()).isNotEqualTo(user.getPasswordHash());

        var newEmail = _get(EmailField.class, spec -> spec.withId("account-new-email"));
        type(newEmail, "x".repeat(300) + "@example.org");
        type(password("account-email-password"), "anything");
        click("account-email-submit");
        assertThat(newEmail.getErrorMessage()).isNotBlank();
        assertThat(users.findById(user.getId()).orElseThrow().getEmail()).isEqualTo(user.getEmail());
    }

    @Test
    void anExpertDeletesTheirAccountAfterConfirmingWithThePassword() {
        var user = testUsers.active("Leaving for good", Role.EXPERT);
        signIn(user);
        navigate("account");
        type(password("account-delete-password"), "not my password");
        click("account-delete-submit");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(password("account-delete-password").getErrorMessage())
                .isEqualTo("This is not your current password.");
        assertThat(users.findById(user.getId())).isPresent();

        type(password("account-delete-password"), TestUsers.PASSWORD);
        click("account-delete-submit");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(users.findById(user.getId())).isEmpty();
    }
}
