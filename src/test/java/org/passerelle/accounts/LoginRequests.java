package org.passerelle.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Login form posts through the real security filter chain, from a chosen client address. */
final class LoginRequests {

    private LoginRequests() {}

    static MvcResult login(MockMvc mvc, MockHttpSession session, String email, String password, String address)
            throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    /** Why the login failed, as kept in the session for the login page (null after a success). */
    static Object failure(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
