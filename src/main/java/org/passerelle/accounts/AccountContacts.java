package org.passerelle.accounts;

import java.util.Optional;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How to reach a user by mail (for notifications); server-side only, never shown to other users. */
@Component
public class AccountContacts {

    /** A user's address, name and preferred language (a language tag). */
    public record Contact(String email, String displayName, String language) {}

    private final UserAccountRepository users;

    AccountContacts(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Contact> of(long userId) {
        return users.findById(userId)
                .filter(u -> u.getStatus() != AccountStatus.DISABLED)
                .map(u -> new Contact(u.getEmail(), u.getDisplayName(), u.getPreferredLanguage()));
    }
}
