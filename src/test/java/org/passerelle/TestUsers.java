package org.passerelle;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.AccountUserDetailsService;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates users directly (no mail) and signs them in for a test. Each call gets a unique address. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger counter = new AtomicInteger();
    private static volatile String passwordHash;

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AccountUserDetailsService userDetails;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    TestUsers(
            SecurityContextHolderStrategy securityContexts,
            UserAccountRepository users,
            PasswordEncoder encoder,
            AccountUserDetailsService userDetails,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.userDetails = userDetails;
        this.clock = clock;
        this.securityContexts = securityContexts;
    }

    public static String uniqueEmail(String prefix) {
        return (prefix + "-" + counter.incrementAndGet() + "-" + System.nanoTime() + "@test.passerelle")
                .replace(' ', '-')
                .toLowerCase(Locale.ROOT);
    }

    /** An active (verified) user with the given roles and the password {@link #PASSWORD}. */
    @Transactional
    public UserAccount active(String name, Role... roles) {
        var user = pending(name, roles);
        user.verifyEmail(clock.instant());
        return users.save(user);
    }

    /** A user who registered but has not verified the e-mail address. */
    @Transactional
    public UserAccount pending(String name, Role... roles) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        var user = new UserAccount(uniqueEmail(name), name, passwordHash, Locale.ENGLISH, Role.EXPERT, clock.instant());
        user.setRoles(Set.of(roles));
        return users.save(user);
    }

    /** Puts the user in the security context of the current thread, as after a login. */
    public Authentication signIn(UserAccount user) {
        var principal = userDetails.loadUserByUsername(user.getEmail());
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        // this application context's strategy: Vaadin replaces the global one each time a test context starts
        securityContexts.getContext().setAuthentication(authentication);
        return authentication;
    }

    public void signOut() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }
}
