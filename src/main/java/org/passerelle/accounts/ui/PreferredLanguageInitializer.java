package org.passerelle.accounts.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.CurrentUser;

/**
 * After login, the UI speaks the user's preferred language. Visitors get the language they chose in this session,
 * else the browser's (Vaadin matches it against the provided languages).
 */
@SpringComponent
class PreferredLanguageInitializer implements VaadinServiceInitListener {

    static final String APPLIED = PreferredLanguageInitializer.class.getName() + ".applied";

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PreferredLanguageInitializer(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var session = ui.getSession();
            if (currentUser.get().isPresent() && session.getAttribute(APPLIED) == null) {
                var language = accounts.preferredLanguage();
                session.setAttribute(APPLIED, Boolean.TRUE);
                session.setLocale(language);
                ui.setLocale(language);
            }
        });
    }
}
