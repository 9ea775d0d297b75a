package org.passerelle.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates verified accounts directly, without mail, for demo data and benchmarks. Server-side code only: no view or
 * endpoint reaches it.
 */
@Component
@PreAuthorize("hasRole('SYSTEM')")
public class AccountSeeder {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountSeeder(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean anyAccount() {
        return users.count() > 0;
    }

    /** Hashes a password once, to seed many accounts with it quickly. */
    public String hash(String password) {
        return passwordEncoder.encode(password);
    }

    /** Creates an account; verified (active) or still waiting for verification. Returns its id. */
    @Transactional
    public long create(
            String email, String displayName, Locale language, Set<Role> roles, String passwordHash, boolean verified) {
        var account = new UserAccount(
                UserAccount.normalizeEmail(email), displayName, passwordHash, language, Role.EXPERT, clock.instant());
        account.setRoles(roles);
        if (verified) {
            account.verifyEmail(clock.instant());
        }
        return users.save(account).getId();
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String email) {
        return users.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::getId);
    }
}
