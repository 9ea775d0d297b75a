package org.passerelle.directory;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.springframework.stereotype.Component;

/** Who the current viewer is, for visibility decisions (profile pages and search alike). */
@Component
public class Viewers {

    private final CurrentUser currentUser;

    Viewers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * The signed-in user as a viewer, or {@link Viewer#VISITOR}. Representatives count as verified institutions only
     * once institutions can be verified (not yet built); administrators see what verified institutions see.
     */
    public Viewer current() {
        return currentUser
                .get()
                .map(user -> new Viewer(user.id(), true, false, user.has(Role.ADMIN)))
                .orElse(Viewer.VISITOR);
    }
}
