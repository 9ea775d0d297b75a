package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sessions through the real filter chain: logging out needs the CSRF token (a forged logout does nothing), and a
 * logged-out session is anonymous again. A new session id at login and cross-site logins: {@code RealSessionsIT}
 * (on the real server); disabled and suspended users: {@code LoginSecurityIT}; Vaadin's own requests (UIDL, uploads,
 * downloads): {@code VaadinRequestsIT}.
 */
@IntegrationTest
class SessionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Test
    void loggingOutNeedsTheCsrfTokenAndThenTheSessionIsAnonymous() throws Exception {
        var user = users.active("Csrf logout", Role.EXPERT);
        var login = mvc.perform(post("/login")
                        .param("username", user.getEmail())
                        .param("password", TestUsers.PASSWORD)
                        .with(csrf())
                        .with(from("10.31.0.3")))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();

        // a forged logout (a link or form on another site) does nothing
        var forged = mvc.perform(post("/logout").session(session)).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(CONTEXT)).isNotNull();

        mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        assertThat(session.isInvalid()).isTrue();
        var after = mvc.perform(get("/account").session(new MockHttpSession()))
                .andReturn()
                .getResponse();
        assertThat(after.getRedirectedUrl())
                .as("a signed-in page asks for a login again")
                .contains("/login");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
