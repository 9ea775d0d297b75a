package org.passerelle.accounts.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.passerelle.accounts.ui.LoginView;
import org.passerelle.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity // services use @PreAuthorize; @RolesAllowed stays a view-level (Vaadin) annotation
@EnableConfigurationProperties(LoginThrottle.Settings.class)
class SecurityConfig {

    /** Every login failure lands on the same address with the same status; the view explains throttling. */
    static final String LOGIN_FAILURE_URL = "/login?error";

    /**
     * What pages may load: everything from this server only, nothing from elsewhere, never framed. Vaadin needs inline
     * styles and scripts and evaluates the JavaScript the server sends ({@code executeJs}), hence 'unsafe-inline' and
     * 'unsafe-eval' for scripts — the strictest policy it tolerates.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Static files and the files of the public pages, open to everyone. The public pages themselves share their
     * addresses with the app's views open to visitors ({@code @AnonymousAllowed}), which Vaadin's configuration opens.
     */
    static final String[] PUBLIC_FILES = {
        "/styles/**",
        "/images/**",
        "/assets/**",
        "/icons/**",
        "/favicon.ico",
        "/manifest.webmanifest",
        "/robots.txt",
        "/sitemap.xml",
        "/feeds/**",
        "/mission/*.ics",
        "/atlas.csv",
        "/experts/*/photo.jpg"
    };

    /**
     * The server-rendered public pages (shared.web.PublicPage): open to everyone, also at addresses the app's router
     * would refuse (a malformed id gets the public "not found" page, not the login page).
     */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/missions",
        "/mission/*",
        "/experts/*",
        "/atlas",
        "/atlas/country",
        "/atlas/country/*",
        "/impact",
        "/knowledge"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ThrottlingAuthenticationProvider loginProvider,
            SessionRegistry sessions,
            @Value("${passerelle.security.content-security-policy:" + CONTENT_SECURITY_POLICY + "}")
                    String contentSecurityPolicy)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/mission/*/apply")
                .authenticated()
                .requestMatchers(PUBLIC_FILES)
                .permitAll()
                .requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                .permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.authenticationManager(new ProviderManager(loginProvider));
        http.formLogin(form -> form.failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILURE_URL)));
        http.addFilterBefore(new SameOriginLogin(), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredUrl("/"));
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(policy -> policy.policyDirectives(contentSecurityPolicy))
                // no camera, microphone, location or payment from any page; a window opened elsewhere cannot reach ours
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                .crossOriginOpenerPolicy(opener ->
                        opener.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                // written before Vaadin renders its page, which would otherwise commit the response without them
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.build();
    }

    /** Argon2id for new hashes; bcrypt hashes (if ever imported) still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of(
                "argon2",
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt",
                new BCryptPasswordEncoder());
        var delegating = new DelegatingPasswordEncoder("argon2", encoders);
        // a password with half a surrogate pair matches nothing (the hash would fail on it instead of answering)
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return delegating.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return raw != null && Texts.isWellFormed(raw) && delegating.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return delegating.upgradeEncoding(encoded);
            }
        };
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
