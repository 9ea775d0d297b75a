package org.passerelle.directory;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who the current viewer is, for visibility decisions (profile pages and search alike). */
@Component
public class Viewers {

    private final CurrentUser currentUser;
    private final ObjectProvider<InstitutionCredentials> institutions;

    Viewers(CurrentUser currentUser, ObjectProvider<InstitutionCredentials> institutions) {
        this.currentUser = currentUser;
        this.institutions = institutions;
    }

    /**
     * The signed-in user as a viewer, or {@link Viewer#VISITOR}. Representatives of a verified institution see what
     * is kept for verified institutions; so do administrators, who verify institutions.
     */
    public Viewer current() {
        return currentUser
                .get()
                .map(user -> new Viewer(
                        user.id(), true, user.has(Role.INSTITUTION_REP) && verified(user.id()), user.has(Role.ADMIN)))
                .orElse(Viewer.VISITOR);
    }

    private boolean verified(long userId) {
        var credentials = institutions.getIfAvailable();
        return credentials != null && credentials.representsVerifiedInstitution(userId);
    }
}
