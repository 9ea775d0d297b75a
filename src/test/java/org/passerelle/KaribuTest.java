package org.passerelle;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.shared.ui.LanguageInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Browserless UI tests (Karibu Testing) against the real Spring context. Starts as a visitor in English; {@link
 * #signIn} and {@link #useLocale} restart the mocked UI as that user or language.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    protected TestUsers testUsers;

    private Authentication authentication;
    private Locale locale = Locale.ENGLISH;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.passerelle");
        }
    }

    @BeforeEach
    void startVaadin() {
        authentication = null;
        locale = Locale.ENGLISH;
        restart();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        testUsers.signOut();
    }

    /** Restarts the UI signed in as this user, on the landing page. */
    protected void signIn(UserAccount user) {
        authentication = testUsers.signIn(user);
        restart();
    }

    /** Restarts the UI as the visitor (nobody signed in). */
    protected void signOut() {
        authentication = null;
        testUsers.signOut();
        restart();
    }

    /** Restarts the UI with this browser language. */
    protected void useLocale(Locale locale) {
        this.locale = locale;
        restart();
    }

    private void restart() {
        MockVaadin.tearDown();
        var auth = authentication;
        var language = locale;
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session);
            request.setLocaleInt(language);
            if (auth != null) {
                request.setUserPrincipalInt(auth);
                request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        if (!language.equals(Locale.ENGLISH)) {
            // what the language switch does: remember the choice, reload the page
            LanguageInitializer.choose(UI.getCurrent().getSession(), language);
            UI.getCurrent().getPage().reload();
        }
    }

    /** Sets a field's value as if the user typed it (Karibu 2.6's _setValue does not work on Vaadin 25). */
    protected static <V> void type(HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    /** Navigates to a location, which may carry a query string ({@code atlas?measure=MISSIONS}). */
    protected static void navigate(String location) {
        var query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    protected static void navigate(String location, String parameter, String value) {
        UI.getCurrent().navigate(location, QueryParameters.of(parameter, value));
    }

    protected static Class<?> currentView() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getClass();
    }
}
