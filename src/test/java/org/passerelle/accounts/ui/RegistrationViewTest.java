package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository users;

    private TextField name() {
        return _get(TextField.class, spec -> spec.withId("register-name"));
    }

    private EmailField email() {
        return _get(EmailField.class, spec -> spec.withId("register-email"));
    }

    private PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withId("register-password"));
    }

    private PasswordField confirmation() {
        return _get(PasswordField.class, spec -> spec.withId("register-password-confirmation"));
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
    }

    @Test
    void emptyFormShowsAMessageNextToEachRequiredField() {
        navigate("register");
        submit();
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Enter your name.");
        assertThat(email().getErrorMessage()).isEqualTo("Enter an e-mail address.");
        assertThat(password().getErrorMessage()).isEqualTo("The password must have between 10 and 256 characters.");
    }

    @Test
    void badInputIsExplainedInFrench() {
        useLocale(Locale.FRENCH);
        navigate("register");
        type(name(), "x".repeat(10_000));
        type(email(), "pas-une-adresse");
        type(password(), "password123");
        type(confirmation(), "password124");
        submit();
        assertThat(name().getErrorMessage()).isEqualTo("Ce champ peut compter au plus 100 caractères.");
        assertThat(email().getErrorMessage()).startsWith("Saisissez une adresse e-mail valide");
        assertThat(password().getErrorMessage()).startsWith("Ce mot de passe est trop facile à deviner");
        assertThat(confirmation().getErrorMessage()).isEqualTo("Les deux mots de passe ne sont pas identiques.");
    }

    @Test
    void scriptInTheNameIsKeptAsPlainTextAndTheAnswerNeverRevealsAccounts() {
        navigate("register");
        var email = TestUsers.uniqueEmail("scripted");
        type(name(), "<script>alert('x')</script> Ségolène");
        type(email(), email);
        type(password(), "harmattan wind in january");
        type(confirmation(), "harmattan wind in january");
        submit();
        var done = _get(Paragraph.class, spec -> spec.withId("register-done"));
        assertThat(done.getText()).contains(email).contains("a message is on its way");
        assertThat(users.findByEmail(email).orElseThrow().getDisplayName())
                .isEqualTo("<script>alert('x')</script> Ségolène");

        // the same address again: the same answer
        navigate("login");
        navigate("register");
        type(name(), "Someone else");
        type(email(), email);
        type(password(), "another phrase entirely here");
        type(confirmation(), "another phrase entirely here");
        submit();
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-done")).getText())
                .isEqualTo(done.getText());
    }
}
