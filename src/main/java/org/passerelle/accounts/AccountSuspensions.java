package org.passerelle.accounts;

import java.time.Instant;
import org.passerelle.accounts.internal.AccountSessions;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends an account until a date (login refused, open sessions ended) or lifts the suspension; for the moderation
 * module, whose services check who may do it. A suspension ends by itself at its date.
 */
@Component
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class AccountSuspensions {

    private final UserAccountRepository users;
    private final AccountSessions sessions;

    AccountSuspensions(UserAccountRepository users, AccountSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Transactional
    public void suspend(long userId, Instant until) {
        users.findById(userId)
                .orElseThrow(() -> new RefusedException("moderation.user.none"))
                .suspendUntil(until);
        sessions.endAll(userId);
    }

    @Transactional
    public void lift(long userId) {
        users.findById(userId).ifPresent(u -> u.suspendUntil(null));
    }
}
