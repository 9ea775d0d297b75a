package org.passerelle.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import org.passerelle.shared.SessionUser;
import org.passerelle.shared.web.PageLanguage;

/**
 * Every new UI (page load) speaks the session's language: the one chosen with the language switch, else the signed-in
 * user's preferred language, else the one chosen in an earlier visit (cookie), else the browser's (matched by Vaadin against the provided languages).
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
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(PageLanguage.cookie(language));
        }
    }

    private static Locale fromCookie() {
        return VaadinService.getCurrentRequest() instanceof VaadinServletRequest request
                ? PageLanguage.remembered(request.getHttpServletRequest()).orElse(null)
                : null;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var session = init.getUI().getSession();
            var chosen = (Locale) session.getAttribute(CHOSEN);
            if (chosen == null) {
                chosen = sessionUser.preferredLanguage().orElseGet(LanguageInitializer::fromCookie);
                if (chosen != null) {
                    choose(session, chosen);
                }
            }
            if (chosen != null) {
                init.getUI().setLocale(chosen);
            }
            // the page says which language it is in (screen readers pick their voice from it; WCAG 3.1.1)
            var ui = init.getUI();
            ui.getPage()
                    .executeJs(
                            "document.documentElement.lang = $0", ui.getLocale().getLanguage());
        });
    }
}
