package org.passerelle.accounts.internal;

import java.time.Clock;
import org.passerelle.accounts.AccountStatus;
import org.passerelle.accounts.AccountSuspendedException;
import org.passerelle.accounts.EmailNotVerifiedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for login, by e-mail address. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(UserAccount.normalizeEmail(username))
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /**
     * Status checks, run only after the password matched: so that the answer to someone who does not know the
     * password never depends on whether, or in which state, the account exists.
     */
    static UserDetailsChecker statusChecks(Clock clock) {
        return user -> {
            var principal = (AccountPrincipal) user;
            var status = principal.status();
            if (status == AccountStatus.PENDING_VERIFICATION) {
                throw new EmailNotVerifiedException();
            }
            if (status == AccountStatus.DISABLED) {
                throw new DisabledException("disabled");
            }
            if (principal.suspendedUntil() != null && principal.suspendedUntil().isAfter(clock.instant())) {
                throw new AccountSuspendedException(principal.suspendedUntil());
            }
        };
    }
}
