package org.passerelle.accounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a user may do. Names are used in {@code @RolesAllowed} and {@code hasRole(..)}. */
public enum Role {
    EXPERT,
    INSTITUTION_REP,
    MODERATOR,
    ADMIN;

    /** Roles a visitor may ask for when registering; the others are granted by an administrator. */
    public boolean selfService() {
        return this == EXPERT || this == INSTITUTION_REP;
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** Message key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
