package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.moderation.MemberModerationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Throttling, sessions and disabling, through the real security filter chain. */
@IntegrationTest
class LoginSecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAdminService admin;

    @Autowired
    SessionRegistry sessionRegistry;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    MvcResult login(MockHttpSession session, String email, String password, String address) throws Exception {
        return LoginRequests.login(mvc, session, email, password, address);
    }

    MvcResult login(String email, String password, String address) throws Exception {
        return login(new MockHttpSession(), email, password, address);
    }

    static Object failure(MvcResult result) {
        return LoginRequests.failure(result);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        var user = testUsers.active("Target", Role.EXPERT);
        for (int i = 0; i < 5; i++) {
            var result = login(user.getEmail(), "wrong guess number " + i, "10.20.0." + i);
            assertThat(failure(result)).isInstanceOf(BadCredentialsException.class);
        }
        var locked = login(user.getEmail(), TestUsers.PASSWORD, "10.20.0.99");
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(locked)).isInstanceOf(LoginThrottledException.class);
        assertThat(((LoginThrottledException) failure(locked)).minutesToWait()).isBetween(1L, 3L);

        var other = testUsers.active("Bystander", Role.EXPERT);
        assertThat(login(other.getEmail(), TestUsers.PASSWORD, "10.20.0.99")
                        .getResponse()
                        .getRedirectedUrl())
                .as("other accounts are not affected")
                .isEqualTo("/");
    }

    @Test
    void unknownAddressesAreThrottledExactlyLikeKnownOnes() throws Exception {
        var unknown = TestUsers.uniqueEmail("unknown");
        for (int i = 0; i < 5; i++) {
            assertThat(failure(login(unknown, "guess " + i, "10.21.0." + i)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failure(login(unknown, "guess 6", "10.21.0.99"))).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() throws Exception {
        var address = "10.22.0.1";
        for (int i = 0; i < 30; i++) {
            assertThat(failure(login(TestUsers.uniqueEmail("spray"), "password guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        var user = testUsers.active("Innocent", Role.EXPERT);
        assertThat(failure(login(user.getEmail(), TestUsers.PASSWORD, address)))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login(user.getEmail(), TestUsers.PASSWORD, "10.22.0.2")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void disablingAUserEndsTheirSessions() throws Exception {
        var user = testUsers.active("Soon disabled", Role.EXPERT);
        var session = new MockHttpSession();
        var result = login(session, user.getEmail(), TestUsers.PASSWORD, "10.23.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        var userSession = (MockHttpSession) result.getRequest().getSession();
        assertThat(userSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        admin.setDisabled(user.getId(), true);
        testUsers.signOut();

        assertThat(sessionRegistry.getSessionInformation(userSession.getId()).isExpired())
                .isTrue();
        var next = mvc.perform(MockMvcRequestBuilders.get("/account").session(userSession))
                .andReturn();
        assertThat(next.getResponse().getRedirectedUrl())
                .as("expired session is sent home")
                .isEqualTo("/");
        assertThat(userSession.isInvalid()).isTrue();
    }

    @Test
    void logoutInvalidatesTheSession() throws Exception {
        var user = testUsers.active("Leaving", Role.EXPERT);
        var result = login(user.getEmail(), TestUsers.PASSWORD, "10.24.0.1");
        var session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        assertThat(session.isInvalid()).isTrue();
    }

    @Autowired
    MemberModerationService moderation;

    @Autowired
    MutableClock clock;

    @Test
    void aSuspendedMemberIsLoggedOutAndCannotLogInUntilTheSuspensionEnds() throws Exception {
        var user = testUsers.active("Soon suspended", Role.EXPERT);
        var result = login(new MockHttpSession(), user.getEmail(), TestUsers.PASSWORD, "10.24.0.1");
        var userSession = (MockHttpSession) result.getRequest().getSession();

        testUsers.signIn(testUsers.active("Moderator", Role.MODERATOR));
        moderation.suspend(user.getId(), Duration.ofDays(2), "Repeated insults after a warning");
        testUsers.signOut();
        assertThat(sessionRegistry.getSessionInformation(userSession.getId()).isExpired())
                .isTrue();

        var refused = login(user.getEmail(), TestUsers.PASSWORD, "10.24.0.2");
        assertThat(failure(refused)).isInstanceOf(AccountSuspendedException.class);
        var wrong = login(user.getEmail(), "not the password", "10.24.0.3");
        assertThat(failure(wrong))
                .as("the suspension is only revealed after the right password")
                .isInstanceOf(BadCredentialsException.class);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        var after = login(user.getEmail(), TestUsers.PASSWORD, "10.24.0.4");
        assertThat(after.getResponse().getRedirectedUrl())
                .as("lifted at its end")
                .isEqualTo("/");
    }
}
