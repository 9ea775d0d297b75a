package org.passerelle.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is looking at a profile.
 *
 * @param userId the signed-in user's account id, or null for a visitor
 * @param member signed in with an active account
 * @param verifiedInstitution represents a verified institution
 * @param administrator an administrator
 */
public record Viewer(Long userId, boolean member, boolean verifiedInstitution, boolean administrator) {

    public static final Viewer VISITOR = new Viewer(null, false, false, false);

    /** The visibilities of sections this viewer may see on someone else's profile. */
    public Set<Visibility> visibleLevels() {
        var levels = EnumSet.noneOf(Visibility.class);
        for (var visibility : Visibility.values()) {
            if (visibility.allows(this, Long.MIN_VALUE)) {
                levels.add(visibility);
            }
        }
        return levels;
    }

    public boolean isUser(long id) {
        return userId != null && userId == id;
    }
}
