package org.passerelle.communities.internal;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.communities.Membership;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;

/** Who the signed-in user is in a community: moderators (and administrators), members, or neither. */
@Component
public class CommunityAccess {

    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final CurrentUser currentUser;

    CommunityAccess(CommunityRepository communities, CommunityMemberRepository members, CurrentUser currentUser) {
        this.communities = communities;
        this.members = members;
        this.currentUser = currentUser;
    }

    public Community community(long communityId) {
        return communities.findById(communityId).orElseThrow(() -> new RefusedException("community.none"));
    }

    public Membership membership(Community community) {
        var user = currentUser.get().orElse(null);
        if (user == null) {
            return Membership.NONE;
        }
        if (user.has(Role.ADMIN) || community.getModerators().contains(user.id())) {
            return Membership.MODERATOR;
        }
        return members.findByCommunityIdAndUserId(community.getId(), user.id())
                .map(m -> m.isMember() ? Membership.MEMBER : Membership.REQUESTED)
                .orElse(Membership.NONE);
    }

    /** Whether the signed-in user moderates the community (administrators moderate all); false if there is none. */
    public boolean moderates(long communityId) {
        return communities
                .findById(communityId)
                .map(c -> membership(c) == Membership.MODERATOR)
                .orElse(false);
    }

    /** The community, if the signed-in user moderates it; refused otherwise. */
    public Community moderated(long communityId) {
        var community = community(communityId);
        if (membership(community) != Membership.MODERATOR) {
            throw new RefusedException("community.notModerator");
        }
        return community;
    }

    public long me() {
        return currentUser.require().id();
    }
}
