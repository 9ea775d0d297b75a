package org.passerelle.accounts.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.shared.SessionUser;

/** The accounts module's answer to what the main layout asks about the signed-in user. */
@SpringComponent
class VaadinSessionUser implements SessionUser {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    VaadinSessionUser(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.get().map(CurrentUser.SignedIn::displayName);
    }

    @Override
    public Optional<Long> userId() {
        return currentUser.get().map(CurrentUser.SignedIn::id);
    }

    @Override
    public Optional<Locale> preferredLanguage() {
        return currentUser.get().map(user -> accounts.preferredLanguage());
    }

    @Override
    public void rememberLanguage(Locale language) {
        if (currentUser.get().isPresent()) {
            accounts.changePreferredLanguage(language);
        }
    }

    @Override
    public void logout() {
        authentication.logout();
    }
}
