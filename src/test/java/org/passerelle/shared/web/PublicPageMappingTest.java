package org.passerelle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who gets a server-rendered page and who gets the app at the same address. */
class PublicPageMappingTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVisitorsPageLoadGetsThePageEverythingElseTheApp() {
        assertThat(PublicPageMapping.forVisitor(new MockHttpServletRequest("GET", "/missions")))
                .isTrue();
        assertThat(PublicPageMapping.forVisitor(new MockHttpServletRequest("HEAD", "/missions")))
                .isTrue();
        assertThat(PublicPageMapping.forVisitor(new MockHttpServletRequest("POST", "/missions")))
                .isFalse();
        var vaadin = new MockHttpServletRequest("GET", "/");
        vaadin.setParameter("v-r", "init");
        assertThat(PublicPageMapping.forVisitor(vaadin)).isFalse();

        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymous", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(PublicPageMapping.forVisitor(new MockHttpServletRequest("GET", "/missions")))
                .isTrue();

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "member", "", List.of(new SimpleGrantedAuthority("ROLE_EXPERT"))));
        assertThat(PublicPageMapping.forVisitor(new MockHttpServletRequest("GET", "/missions")))
                .isFalse();
    }
}
