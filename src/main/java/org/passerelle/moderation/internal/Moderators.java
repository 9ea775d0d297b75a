package org.passerelle.moderation.internal;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.communities.PostStore;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;

/** Who moderates what: administrators everything, a community's moderators that community. */
@Component
public class Moderators {

    private final CurrentUser currentUser;
    private final PostStore store;

    Moderators(CurrentUser currentUser, PostStore store) {
        this.currentUser = currentUser;
        this.store = store;
    }

    public boolean moderates(long userId, long communityId) {
        return store.moderates(userId, communityId);
    }

    /** The signed-in user's id, if they moderate the community; refused otherwise. */
    public long requireFor(long communityId) {
        var user = currentUser.require();
        if (!user.has(Role.ADMIN) && !store.moderates(user.id(), communityId)) {
            throw new RefusedException("community.notModerator");
        }
        return user.id();
    }

    /** The signed-in user's id, if they are a moderator (anywhere) or an administrator; refused otherwise. */
    public long requireStaff() {
        var user = currentUser.require();
        if (!user.staff()) {
            throw new RefusedException("community.notModerator");
        }
        return user.id();
    }
}
