package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.GreenMailSupport.awaitMailTo;
import static org.passerelle.GreenMailSupport.mailsTo;
import static org.passerelle.GreenMailSupport.subject;
import static org.passerelle.GreenMailSupport.token;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.GreenMailSupport;
import org.passerelle.MailIntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Registration, verification, login, reset and e-mail change, through the real services, security and mail. */
@MailIntegrationTest
class AccountFlowsIT {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    static Registration registration(String email, String password) {
        var registration = new Registration();
        registration.setDisplayName("Awa Traoré");
        registration.setEmail(email);
        registration.setPassword(password);
        registration.setPasswordConfirmation(password);
        registration.setLanguage(Locale.FRENCH);
        registration.setRequestedRole(Role.INSTITUTION_REP);
        return registration;
    }

    MvcResult login(String email, String password, String address) throws Exception {
        return LoginRequests.login(mvc, new MockHttpSession(), email, password, address);
    }

    static Object failure(MvcResult result) {
        return LoginRequests.failure(result);
    }

    @Test
    void registrationMailsAVerificationLinkAndLoginWorksOnlyAfterVerification() throws Exception {
        var email = TestUsers.uniqueEmail("register");
        var password = "tamarind river at dusk 42";
        accounts.register(registration(email.toUpperCase(Locale.ROOT), password));

        var mail = awaitMailTo(greenMail, email);
        assertThat(subject(mail)).isEqualTo("Vérifiez votre adresse e-mail pour Passerelle");
        assertThat(GreenMailSupport.link(mail)).startsWith("http://localhost:8080/verify-email?token=");

        var beforeVerification = login(email, password, "10.1.0.1");
        assertThat(beforeVerification.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(beforeVerification)).isInstanceOf(EmailNotVerifiedException.class);

        assertThat(accounts.verifyEmail(token(mail))).isEqualTo(TokenOutcome.DONE);
        assertThat(accounts.verifyEmail(token(mail))).as("single use").isEqualTo(TokenOutcome.INVALID_OR_EXPIRED);

        var user = users.findByEmail(email).orElseThrow();
        assertThat(user.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(user.getRoles()).containsExactly(Role.INSTITUTION_REP);
        assertThat(user.getPreferredLanguage()).isEqualTo("fr");
        assertThat(user.getPasswordHash()).startsWith("{argon2}").doesNotContain(password);

        // (the session id change at login is checked against a real server in e2e/LoginSessionIT)
        var loggedIn = login(email, password, "10.1.0.2");
        assertThat(loggedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(users.findByEmail(email).orElseThrow().toSummary().lastLoginAt())
                .isNotNull();
    }

    @Test
    void registeringAnExistingAddressLooksTheSameButMailsTheOwner() throws Exception {
        var existing = testUsers.active("Owner", Role.EXPERT);
        accounts.register(registration(existing.getEmail(), "another fine passphrase 9"));

        var mail = awaitMailTo(greenMail, existing.getEmail());
        assertThat(subject(mail)).isEqualTo("Someone tried to register with your address");
        assertThat(users.findByEmail(existing.getEmail()).orElseThrow().getDisplayName())
                .isEqualTo("Owner");
    }

    @Test
    void loginFailuresLookTheSameForKnownAndUnknownAddresses() throws Exception {
        var known = testUsers.active("Known", Role.EXPERT);
        var wrongPassword = login(known.getEmail(), "not the password at all", "10.2.0.1");
        var unknownUser = login(TestUsers.uniqueEmail("nobody"), "not the password at all", "10.2.0.2");

        assertThat(wrongPassword.getResponse().getStatus())
                .isEqualTo(unknownUser.getResponse().getStatus())
                .isEqualTo(302);
        assertThat(wrongPassword.getResponse().getRedirectedUrl())
                .isEqualTo(unknownUser.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(failure(wrongPassword)).isInstanceOf(BadCredentialsException.class);
        assertThat(failure(unknownUser)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void disabledAccountCannotLogInButOnlyTheRightPasswordLearnsWhy() throws Exception {
        var user = testUsers.active("Disabled", Role.EXPERT);
        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        adminService.setDisabled(user.getId(), true);
        testUsers.signOut();

        var right = login(user.getEmail(), TestUsers.PASSWORD, "10.3.0.1");
        var wrong = login(user.getEmail(), "wrong password entirely", "10.3.0.2");
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(right)).isInstanceOf(DisabledException.class);
        assertThat(failure(wrong)).isInstanceOf(BadCredentialsException.class);
    }

    @Autowired
    UserAdminService adminService;

    @Test
    void passwordResetLinkWorksOnceAndExpiresAfterAnHour() throws Exception {
        var user = testUsers.active("Forgetful", Role.EXPERT);
        accounts.requestPasswordReset(" " + user.getEmail().toUpperCase(Locale.ROOT) + " ");
        var mail = awaitMailTo(greenMail, user.getEmail());
        assertThat(subject(mail)).isEqualTo("Reset your Passerelle password");

        var newPassword = new NewPassword();
        newPassword.setPassword("mango orchard under rain");
        newPassword.setPasswordConfirmation("mango orchard under rain");
        assertThat(accounts.resetPassword(token(mail), newPassword)).isEqualTo(TokenOutcome.DONE);
        assertThat(accounts.resetPassword(token(mail), newPassword)).isEqualTo(TokenOutcome.INVALID_OR_EXPIRED);
        assertThat(login(user.getEmail(), "mango orchard under rain", "10.4.0.1")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        awaitCount(user.getEmail(), 2);
        assertThat(subject(mailsTo(greenMail, user.getEmail()).getLast()))
                .isEqualTo("Your Passerelle password has changed");

        accounts.requestPasswordReset(user.getEmail());
        awaitCount(user.getEmail(), 3);
        var second = mailsTo(greenMail, user.getEmail()).getLast();
        clock.advance(Duration.ofMinutes(61));
        assertThat(accounts.resetPassword(token(second), newPassword)).isEqualTo(TokenOutcome.INVALID_OR_EXPIRED);
    }

    @Test
    void resetForAnUnknownAddressAnswersTheSameAndSendsNothing() {
        var unknown = TestUsers.uniqueEmail("ghost");
        accounts.requestPasswordReset(unknown); // no exception, nothing to tell the caller
        accounts.resendVerification(unknown);
        assertThat(mailsTo(greenMail, unknown)).isEmpty();
    }

    @Test
    void changingTheEmailNeedsThePasswordAndTheNewAddressConfirms() throws Exception {
        var user = testUsers.active("Mover", Role.EXPERT);
        testUsers.signIn(user);
        var newEmail = TestUsers.uniqueEmail("moved");
        var change = new EmailChange();
        change.setNewEmail(newEmail);
        change.setCurrentPassword("wrong password here");
        Assertions.assertThatThrownBy(() -> accounts.requestEmailChange(change))
                .isInstanceOf(WrongPasswordException.class);

        change.setCurrentPassword(TestUsers.PASSWORD);
        accounts.requestEmailChange(change);
        var mail = awaitMailTo(greenMail, newEmail);
        assertThat(users.findById(user.getId()).orElseThrow().getEmail()).isEqualTo(user.getEmail());

        assertThat(accounts.confirmEmailChange(token(mail))).isEqualTo(TokenOutcome.DONE);
        assertThat(users.findById(user.getId()).orElseThrow().getEmail()).isEqualTo(newEmail);
        assertThat(subject(awaitMailTo(greenMail, user.getEmail())))
                .isEqualTo("The e-mail address of your Passerelle account has changed");
    }

    @Test
    void changingThePasswordChecksTheCurrentOne() {
        var user = testUsers.active("Changer", Role.EXPERT);
        testUsers.signIn(user);
        var change = new NewPassword();
        change.setCurrentPassword("not my password");
        change.setPassword("baobab shade and tea");
        change.setPasswordConfirmation("baobab shade and tea");
        Assertions.assertThatThrownBy(() -> accounts.changePassword(change)).isInstanceOf(WrongPasswordException.class);
        change.setCurrentPassword(TestUsers.PASSWORD);
        accounts.changePassword(change);
        assertThat(users.findById(user.getId()).orElseThrow().getPasswordHash()).isNotEqualTo(user.getPasswordHash());
    }

    @Test
    void invalidRegistrationIsRefusedByTheServiceToo() {
        var registration = registration("not-an-email", "short");
        Assertions.assertThatThrownBy(() -> accounts.register(registration))
                .isInstanceOf(ConstraintViolationException.class);
        var admin = registration(TestUsers.uniqueEmail("wannabe"), "a perfectly long passphrase");
        admin.setRequestedRole(Role.ADMIN);
        Assertions.assertThatThrownBy(() -> accounts.register(admin)).isInstanceOf(ConstraintViolationException.class);
    }

    private void awaitCount(String recipient, int count) {
        Awaitility.await()
                .pollInSameThread()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> mailsTo(greenMail, recipient).size() >= count);
    }
}
