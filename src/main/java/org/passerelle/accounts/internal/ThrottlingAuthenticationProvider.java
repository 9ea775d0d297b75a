package org.passerelle.accounts.internal;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail and password login: refused at once while throttled, then checked by Spring Security's
 * {@link DaoAuthenticationProvider} (password first, account status after), failures counted.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final UserAccountRepository users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ThrottlingAuthenticationProvider(
            AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            UserAccountRepository users,
            TransactionTemplate transactions,
            Clock clock) {
        this.delegate = new DaoAuthenticationProvider(userDetails);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.delegate.setPreAuthenticationChecks(user -> {});
        this.delegate.setPostAuthenticationChecks(AccountUserDetailsService.statusChecks(clock));
        this.throttle = throttle;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var typed = UserAccount.normalizeEmail(authentication.getName());
        // bounded key: a hostile 100k-character "e-mail" must not become a 100k-character map key
        var account = typed.length() > 254 ? typed.substring(0, 254) : typed;
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "unknown";
        throttle.checkAllowed(account, address);
        try {
            var result = delegate.authenticate(authentication);
            throttle.succeeded(account);
            var principal = (AccountPrincipal) result.getPrincipal();
            transactions.executeWithoutResult(
                    tx -> users.findById(principal.id()).ifPresent(u -> u.setLastLoginAt(clock.instant())));
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
