package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.Set;
import org.passerelle.accounts.AccountStatus;
import org.passerelle.accounts.Role;
import org.passerelle.shared.PersonalData;
import org.springframework.stereotype.Component;

/** The account part of a personal data export (the password hash is never exported). */
@Component
class AccountPersonalData implements PersonalData {

    record Account(
            String email,
            String displayName,
            String preferredLanguage,
            Set<Role> roles,
            AccountStatus status,
            Instant createdAt,
            Instant lastLoginAt) {}

    private final UserAccountRepository users;

    AccountPersonalData(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public String key() {
        return "account";
    }

    @Override
    public Object exportFor(long userId) {
        return users.findById(userId)
                .map(UserAccount::toSummary)
                .map(u -> new Account(
                        u.email(),
                        u.displayName(),
                        u.language(),
                        u.roles(),
                        u.status(),
                        u.createdAt(),
                        u.lastLoginAt()))
                .orElse(null);
    }
}
