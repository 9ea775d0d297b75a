package org.passerelle.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import org.passerelle.shared.SessionUser;

/**
 * Every new UI (page load) speaks the session's language: the one chosen with the language switch, else the signed-in
 * user's preferred language, else the browser's (matched by Vaadin against the provided languages).
 */
@SpringComponent
public class LanguageInitializer implements VaadinServiceInitListener {

    private static final String CHOSEN = LanguageInitializer.class.getName() + ".chosen";

    private final SessionUser sessionUser;

    LanguageInitializer(SessionUser sessionUser) {
        this.sessionUser = sessionUser;
    }

    /** Records the language chosen in this session; it applies to every page loaded afterwards. */
    public static void choose(VaadinSession session, Locale language) {
        session.setAttribute(CHOSEN, language);
        session.setLocale(language);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var session = init.getUI().getSession();
            var chosen = (Locale) session.getAttribute(CHOSEN);
            if (chosen == null) {
                chosen = sessionUser.preferredLanguage().orElse(null);
                if (chosen != null) {
                    choose(session, chosen);
                }
            }
            if (chosen != null) {
                init.getUI().setLocale(chosen);
            }
        });
    }
}
