package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.LoginThrottledException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void showsTheLoginFormInFrench() {
        useLocale(Locale.FRENCH);
        navigate("login");
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("Connexion");
        var form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void aFailedLoginShowsTheSameGenericMessage() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        navigate("login", "error", "");
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage())
                .isEqualTo("The e-mail or password is not correct. Check them and try again.");
    }

    @Test
    void throttlingSaysHowLongToWait() {
        useLocale(Locale.FRENCH);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException(Duration.ofSeconds(150)));
        navigate("login", "error", "");
        assertThat(_get(LoginView.class).errorMessage())
                .startsWith("Trop d’échecs de connexion. Pour votre sécurité, attendez 3 minute(s)");
    }
}
