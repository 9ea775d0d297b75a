package org.passerelle.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * What the main layout needs to know about the signed-in user; implemented by the accounts module, so that shared
 * does not depend on it.
 */
public interface SessionUser {

    /** The signed-in user's display name, or empty for a visitor. */
    Optional<String> displayName();

    /** The signed-in user's account id, or empty for a visitor. */
    Optional<Long> userId();

    /** The signed-in user's preferred language, or empty for a visitor. */
    Optional<Locale> preferredLanguage();

    /** Remembers the language the user chose (stored on the account when signed in). */
    void rememberLanguage(Locale language);

    /** Ends the session and returns to the landing page. */
    void logout();
}
