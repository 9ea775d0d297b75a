package org.passerelle.accounts;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work that no user asked for (the demo data at start-up) as the system: an authentication with the one authority
 * {@code ROLE_SYSTEM} and no account. Guarded components let it through where their rule names the system
 * ({@code hasRole('SYSTEM')}); {@link CurrentUser} stays empty, so nothing is done in a member's name by accident.
 */
@Component
public class SystemTasks {

    public static final String ROLE = "SYSTEM";

    private final SecurityContextHolderStrategy securityContexts;

    SystemTasks(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        var previous = securityContexts.getContext();
        if (previous.getAuthentication() != null && previous.getAuthentication().isAuthenticated() && !running()) {
            throw new AccessDeniedException("work done as the system never runs inside a user's request");
        }
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    /** Whether the current work runs as the system. */
    public boolean running() {
        var authentication = securityContexts.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + ROLE).equals(a.getAuthority()));
    }
}
