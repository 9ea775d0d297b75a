package org.passerelle.accounts.internal;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of an account (after it is disabled, its roles change or its password is reset). */
@Component
public class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endAll(long accountId) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountPrincipal ap && ap.id() == accountId)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }
}
