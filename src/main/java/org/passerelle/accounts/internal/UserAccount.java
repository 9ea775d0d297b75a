package org.passerelle.accounts.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.passerelle.accounts.AccountStatus;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.UserSummary;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 8)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private Instant createdAt;

    private Instant emailVerifiedAt;

    private Instant lastLoginAt;

    /** Until when a moderator suspended the account (login refused); null or past when not suspended. */
    private Instant suspendedUntil;

    protected UserAccount() {}

    public UserAccount(
            String email, String displayName, String passwordHash, Locale language, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = language.getLanguage();
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.roles.add(role);
        this.createdAt = createdAt;
    }

    /** Normalised form of an e-mail address, as stored and looked up. */
    public static String normalizeEmail(String email) {
        return Texts.strip(email).toLowerCase(Locale.ROOT);
    }

    public void verifyEmail(Instant when) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
        if (emailVerifiedAt == null) {
            emailVerifiedAt = when;
        }
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    /** Re-enables a disabled account: active if the e-mail was verified, else back to waiting for it. */
    public void enable() {
        if (status == AccountStatus.DISABLED) {
            status = emailVerifiedAt != null ? AccountStatus.ACTIVE : AccountStatus.PENDING_VERIFICATION;
        }
    }

    public UserSummary toSummary() {
        return new UserSummary(
                getId(),
                email,
                displayName,
                preferredLanguage,
                status,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                createdAt,
                lastLoginAt);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Locale language) {
        this.preferredLanguage = language.getLanguage();
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    public void suspendUntil(Instant until) {
        this.suspendedUntil = until;
    }
}
