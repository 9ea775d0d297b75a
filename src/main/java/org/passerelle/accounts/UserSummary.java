package org.passerelle.accounts;

import java.time.Instant;
import java.util.Set;

/** A user as administrators see them in the user list. */
public record UserSummary(
        long id,
        String email,
        String displayName,
        String language,
        AccountStatus status,
        Set<Role> roles,
        Instant createdAt,
        Instant lastLoginAt) {}
