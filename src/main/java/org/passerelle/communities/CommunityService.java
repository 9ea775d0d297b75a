package org.passerelle.communities;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.communities.internal.CommunityAccess;
import org.passerelle.communities.internal.CommunityMember;
import org.passerelle.communities.internal.CommunityMemberRepository;
import org.passerelle.communities.internal.CommunityRepository;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities signed-in users read, join and leave; communities whose membership is by request are joined once a
 * moderator admits the request. Only signed-in users read the forums: taking part in a diaspora community is
 * personal data.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommunityService {

    /** A request to join, as a moderator sees it. */
    public record JoinRequest(long userId, String name, Instant at) {}

    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final TopicRepository topics;
    private final CommunityAccess access;
    private final AccountContacts contacts;
    private final Clock clock;

    CommunityService(
            CommunityRepository communities,
            CommunityMemberRepository members,
            TopicRepository topics,
            CommunityAccess access,
            AccountContacts contacts,
            Clock clock) {
        this.communities = communities;
        this.members = members;
        this.topics = topics;
        this.access = access;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CommunityDetails> all() {
        return communities.findAllByOrderByNameEnAsc().stream()
                .map(c -> c.toDetails(
                        members.countByCommunityIdAndStatus(c.getId(), CommunityMember.MEMBER),
                        topics.countByCommunityId(c.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public CommunityDetails get(long communityId) {
        var community = access.community(communityId);
        return community.toDetails(
                members.countByCommunityIdAndStatus(communityId, CommunityMember.MEMBER),
                topics.countByCommunityId(communityId));
    }

    @Transactional(readOnly = true)
    public Membership membership(long communityId) {
        return access.membership(access.community(communityId));
    }

    /** Joins an open community, or asks to join one whose membership is by request. */
    public Membership join(long communityId) {
        var community = access.community(communityId);
        var current = access.membership(community);
        if (current != Membership.NONE) {
            return current;
        }
        members.save(new CommunityMember(communityId, access.me(), community.isOpenMembership(), clock.instant()));
        return community.isOpenMembership() ? Membership.MEMBER : Membership.REQUESTED;
    }

    public void leave(long communityId) {
        members.findByCommunityIdAndUserId(communityId, access.me()).ifPresent(members::delete);
    }

    /** A member of a community, as other members see them. */
    public record Member(long userId, String name) {}

    /** The members and moderators of a community, by name (for mentions and for searching by author). */
    @Transactional(readOnly = true)
    public List<Member> members(long communityId) {
        var community = access.community(communityId);
        var ids = new LinkedHashSet<Long>(community.getModerators());
        members.findByCommunityIdAndStatusOrderByCreatedAtAsc(communityId, CommunityMember.MEMBER)
                .forEach(m -> ids.add(m.getUserId()));
        return ids.stream()
                .flatMap(id -> contacts.of(id).map(c -> new Member(id, c.displayName())).stream())
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Requests waiting in a community the signed-in user moderates. */
    @Transactional(readOnly = true)
    public List<JoinRequest> requests(long communityId) {
        access.moderated(communityId);
        return members.findByCommunityIdAndStatusOrderByCreatedAtAsc(communityId, CommunityMember.REQUESTED).stream()
                .map(m -> new JoinRequest(
                        m.getUserId(),
                        contacts.of(m.getUserId())
                                .map(AccountContacts.Contact::displayName)
                                .orElse(""),
                        m.getCreatedAt()))
                .toList();
    }

    /** Admits (or turns down) a request to join a community the signed-in user moderates. */
    public void decide(long communityId, long userId, boolean admit) {
        access.moderated(communityId);
        var request = members.findByCommunityIdAndUserId(communityId, userId)
                .filter(m -> !m.isMember())
                .orElseThrow(() -> new RefusedException("community.request.none"));
        if (admit) {
            request.admit();
        } else {
            members.delete(request);
        }
    }
}
