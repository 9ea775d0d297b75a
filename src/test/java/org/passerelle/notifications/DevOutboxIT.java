package org.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Registration;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.TokenOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** With no SMTP server (a fresh machine), a new user can still verify their address: the mail is in the outbox. */
@IntegrationTest
class DevOutboxIT {

    @Autowired
    DevOutboxService outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void withoutSmtpTheVerificationMailIsLoggedAndReadableByAdmins() {
        var email = TestUsers.uniqueEmail("offline");
        var registration = new Registration();
        registration.setDisplayName("Offline Ousmane");
        registration.setEmail(email);
        registration.setPassword("kora strings at midnight");
        registration.setPasswordConfirmation("kora strings at midnight");
        registration.setLanguage(Locale.ENGLISH);
        registration.setRequestedRole(Role.EXPERT);
        accounts.register(registration);

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        assertThat(outbox.logMode()).isTrue();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> mailTo(email) != null);
        var mail = mailTo(email);
        assertThat(mail.status()).isEqualTo("LOGGED");
        assertThat(mail.subject()).isEqualTo("Verify your e-mail address for Passerelle");
        assertThat(mail.body()).contains("Hello Offline Ousmane,");
        var token = mail.body().replaceAll("(?s).*verify-email\\?token=(\\S+).*", "$1");
        testUsers.signOut();
        assertThat(accounts.verifyEmail(token)).isEqualTo(TokenOutcome.DONE);
    }

    @Test
    void onlyAdminsReadTheOutbox() {
        assertThatThrownBy(() -> outbox.count()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        testUsers.signIn(testUsers.active("Moderator", Role.MODERATOR));
        assertThatThrownBy(() -> outbox.latest(PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
    }

    private OutboxMail mailTo(String recipient) {
        return outbox.latest(PageRequest.of(0, 500)).stream()
                .filter(m -> m.recipient().equals(recipient))
                .findFirst()
                .orElse(null);
    }
}
