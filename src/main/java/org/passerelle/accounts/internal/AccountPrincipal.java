package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.passerelle.accounts.AccountStatus;
import org.passerelle.accounts.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it. Equal by account id (the session registry relies on it). */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final long id;
    private final String email;
    private final String displayName;
    private final AccountStatus status;
    private final Set<Role> roles;
    private final Instant suspendedUntil;
    private String passwordHash;

    AccountPrincipal(UserAccount account) {
        this.id = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.status = account.getStatus();
        this.roles = Set.copyOf(account.getRoles());
        this.suspendedUntil = account.getSuspendedUntil();
        this.passwordHash = account.getPasswordHash();
    }

    /** Until when the account is suspended, or null. */
    public Instant suspendedUntil() {
        return suspendedUntil;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return status == AccountStatus.ACTIVE;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + "]";
    }
}
