package org.passerelle.moderation.internal;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;

/** Who moderates what: administrators everything, a community's moderators that community. */
@Component
public class Moderators {

    private final CurrentUser currentUser;
    private final ForumModerationService store;

    Moderators(CurrentUser currentUser, ForumModerationService store) {
        this.currentUser = currentUser;
        this.store = store;
    }

    /** Whether the signed-in user moderates the community (administrators moderate all). */
    public boolean moderates(long communityId) {
        return store.moderates(communityId);
    }

    /** The signed-in user's id, if they moderate the community; refused otherwise. */
    public long requireFor(long communityId) {
        return store.requireModerator(communityId);
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
