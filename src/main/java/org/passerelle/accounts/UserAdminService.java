package org.passerelle.accounts;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.accounts.internal.AccountSessions;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.Texts;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** User administration: list and search users, change their roles, disable and re-enable accounts. Admins only. */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class UserAdminService {

    private final UserAccountRepository users;
    private final AccountSessions sessions;
    private final CurrentUser currentUser;

    UserAdminService(UserAccountRepository users, AccountSessions sessions, CurrentUser currentUser) {
        this.users = users;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(@Size(max = 200) String text, Pageable page) {
        return users.search(pattern(text), page).stream()
                .map(UserAccount::toSummary)
                .toList();
    }

    /** Every user holding this role (e.g. the moderators a community may be given), by name. */
    @Transactional(readOnly = true)
    public List<UserSummary> withRole(Role role) {
        return users.withRole(role).stream().map(UserAccount::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count(@Size(max = 200) String text) {
        return users.countSearch(pattern(text));
    }

    /** Replaces a user's roles; their sessions end so the new roles apply at their next login. */
    public UserSummary changeRoles(long userId, Set<Role> roles) {
        var user = users.findById(userId).orElseThrow(() -> new RefusedException("admin.users.notFound"));
        if (roles.isEmpty()) {
            throw new RefusedException("admin.users.rolesRequired");
        }
        if (userId == currentUser.require().id() && !roles.contains(Role.ADMIN)) {
            throw new RefusedException("admin.users.keepOwnAdmin");
        }
        user.setRoles(EnumSet.copyOf(roles));
        sessions.endAll(userId);
        return user.toSummary();
    }

    /** Disables an account and ends its sessions at once, or re-enables it. */
    public UserSummary setDisabled(long userId, boolean disabled) {
        var user = users.findById(userId).orElseThrow(() -> new RefusedException("admin.users.notFound"));
        if (disabled) {
            if (userId == currentUser.require().id()) {
                throw new RefusedException("admin.users.notSelf");
            }
            user.disable();
            sessions.endAll(userId);
        } else {
            user.enable();
        }
        return user.toSummary();
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    static String pattern(String text) {
        var clean = Texts.strip(text).toLowerCase(Locale.ROOT);
        clean = clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + clean + "%";
    }
}
