package org.passerelle.accounts;

import java.util.Optional;
import java.util.Set;
import org.passerelle.accounts.internal.AccountPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. Empty for visitors. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContexts;

    CurrentUser(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    /** The signed-in user's account id and roles as they were at login. */
    public record SignedIn(long id, String email, String displayName, Set<Role> roles) {
        public boolean has(Role role) {
            return roles.contains(role);
        }

        /** A moderator (of any community) or an administrator. */
        public boolean staff() {
            return has(Role.ADMIN) || has(Role.MODERATOR);
        }
    }

    public Optional<SignedIn> get() {
        var authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(
                    new SignedIn(principal.id(), principal.getUsername(), principal.displayName(), principal.roles()));
        }
        return Optional.empty();
    }

    /** The signed-in user, or an exception if there is none (call only behind an authentication check). */
    public SignedIn require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
