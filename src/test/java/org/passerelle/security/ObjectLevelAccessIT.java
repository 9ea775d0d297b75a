package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.PostStatus;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.institutions.InstitutionMembershipService;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.matching.MissionMatchService;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.CertificateService;
import org.passerelle.missions.FeedbackForm;
import org.passerelle.missions.MissionClosingService;
import org.passerelle.missions.MissionDiscussionService;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.OutcomeForm;
import org.passerelle.moderation.MemberModerationService;
import org.passerelle.moderation.ReviewService;
import org.passerelle.moderation.StaffMessageService;
import org.passerelle.moderation.TopicModerationService;
import org.passerelle.notifications.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Object-level access: for every service method that acts on one object (a profile, a mission, an application, a
 * post, a community, a notification, a penalty thread, a join request), user B acting on user A's object — B having
 * every role the method asks for — succeeds zero times: each attempt must be refused, or (for reads) return nothing,
 * and A's object must be unchanged. Every method of {@code service-access.tsv} whose first parameter is an id and which
 * someone other than an administrator may call is either attempted here or listed, with the reason, as not owned by
 * anyone; a new one fails the test until it is placed.
 */
@IntegrationTest
class ObjectLevelAccessIT {

    /** Methods that take an object's id but whose object no user owns (public or role-wide), and why. */
    private static final Map<String, String> NOT_OWNED = Map.ofEntries(
            Map.entry("ApplicationService.mineFor(long)", "the caller's own application to a mission"),
            Map.entry("CommunityService.get(long)", "communities are listed to every member"),
            Map.entry("CommunityService.join(long)", "anyone joins an open community, or asks to join one"),
            Map.entry("CommunityService.leave(long)", "the caller's own membership"),
            Map.entry("CommunityService.members(long)", "names shown to every signed-in reader, for mentions"),
            Map.entry("CommunityService.membership(long)", "the caller's own membership"),
            Map.entry("ForumModerationService.moderates(long)", "asks about the caller's own role"),
            Map.entry("ForumService.topic(long,int)", "topics are readable by every signed-in member"),
            Map.entry("ForumService.topics(long,TopicSort,int,int)", "topics are readable by every signed-in member"),
            Map.entry("ForumService.revisions(long)", "a post's history is as public as the post"),
            Map.entry("ForumService.toggleLike(long)", "liking someone else's post is the point (own posts refused)"),
            Map.entry("FlagService.flag(long,FlagReason,String)", "flagging someone else's post is the point"),
            Map.entry("WatchService.communityLevel(long)", "the caller's own watch setting"),
            Map.entry("WatchService.topicLevel(long)", "the caller's own watch setting"),
            Map.entry("WatchService.watchCommunity(long,WatchLevel)", "the caller's own watch setting"),
            Map.entry("WatchService.watchTopic(long,WatchLevel)", "the caller's own watch setting"),
            Map.entry("MissionQueryService.view(long)", "published missions are public"),
            Map.entry("OpenDataService.mission(long)", "published missions are public"),
            Map.entry("InstitutionMembershipService.requestToJoin(long,String)", "anyone may ask to join"),
            Map.entry("MemberModerationService.warn(long,String)", "moderators act on any member (not on staff)"),
            Map.entry("MemberModerationService.silence(long,Duration,String)", "moderators act on any member"),
            Map.entry("MemberModerationService.suspend(long,Duration,String)", "moderators act on any member"),
            Map.entry("MemberModerationService.lift(long,String)", "moderators act on any member"),
            Map.entry("QualificationReviewService.verify(long)", "moderators verify any expert's qualification"),
            Map.entry("QualificationReviewService.withdraw(long)", "moderators verify any expert's qualification"),
            Map.entry("MissionClosingService.featureSummary(long,boolean)", "moderators feature any summary"));

    @Autowired
    TestUsers users;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionService missions;

    @Autowired
    MissionClosingService closing;

    @Autowired
    CertificateService certificates;

    @Autowired
    MissionDiscussionService discussion;

    @Autowired
    MissionMatchService matching;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    ForumModerationService forumModeration;

    @Autowired
    TopicModerationService topicModeration;

    @Autowired
    ReviewService review;

    @Autowired
    MemberModerationService memberModeration;

    @Autowired
    StaffMessageService staffMessages;

    @Autowired
    NotificationService notifications;

    @Autowired
    InstitutionService institutions;

    @Autowired
    InstitutionMembershipService membership;

    /** What was attempted (method key → attempts) and what got through. */
    private final Map<String, Integer> attempted = new LinkedHashMap<>();

    private final List<String> succeeded = new ArrayList<>();

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void userBActingOnUserAsObjectsSucceedsZeroTimes() {
        // --- A's world: an expert with a hidden profile, applications, a completed mission, posts, a penalty
        var repA = missionFixtures.representative("Owner rep A", true);
        var institutionA = institutions.mine().orElseThrow().id();
        var draft = missions.create(MissionFixtures.form("A's draft"));
        var open = missionFixtures.published(repA, MissionFixtures.form("A's open mission"));
        var done = missionFixtures.published(repA, MissionFixtures.form("A's finished mission"));

        var expertA = expert("Owner expert A");
        var profileA = profiles.myProfileId();
        var applicationA = applications.apply(open.id(), new ApplicationForm("Mine", ""));
        var doneApplication = applications.apply(done.id(), new ApplicationForm("Mine too", ""));

        users.signIn(repA);
        var selected = applications.select(doneApplication.id(), doneApplication.version());
        var staffed = missions.get(done.id());
        var started = missions.start(staffed.id(), staffed.version());
        missions.complete(started.id(), started.version());
        discussion.post(done.id(), "Thank you");
        var invited = missionFixtures.published(repA, MissionFixtures.form("A's invitation"));
        var invitationA = applications.invite(invited.id(), profileA, "Come");
        var openNow = missions.get(open.id());

        users.signIn(expertA);
        var hidden = profiles.myProfile();
        hidden.getVisibility().put(ProfileSection.IDENTITY, Visibility.ONLY_ME);
        profiles.update(profileA, hidden);
        var joiner = users.active("Joiner", Role.INSTITUTION_REP);
        users.signIn(joiner);
        var joinRequest = membership.requestToJoin(institutionA, "Let me in");

        var moderatorA = users.active("Owner moderator A", Role.MODERATOR);
        var communityA = communityFixtures.community("Community A", false, List.of(), moderatorA);
        users.signIn(expertA);
        communities.join(communityA);
        users.signIn(moderatorA);
        communities.decide(communityA, expertA.getId(), true);
        users.signIn(expertA);
        var topicA = forum.createTopic(communityA, topic("A's topic"));
        var replyA = forum.reply(topicA, new PostForm("A's reply", null));
        var firstPostA = forum.topic(topicA, 1).posts().getFirst().id();

        users.signIn(moderatorA);
        memberModeration.warn(expertA.getId(), "Mind the rules");
        users.signIn(expertA);
        var penaltyA = staffMessages.threads().getFirst().penaltyId();
        users.signIn(moderatorA);
        forum.reply(topicA, new PostForm("@" + "Owner expert A" + " a reply for you", null));
        users.signIn(expertA);
        var notificationsA = notifications.mine(50);
        assertThat(notificationsA).as("A was told of something").isNotEmpty();
        var unreadA = notifications.unread();
        var notificationA = notificationsA.getFirst().id();

        // --- B: an expert, a verified representative of another institution, a moderator of another community
        var expertB = expert("Intruder expert B");
        users.signIn(users.active("Community member B", Role.EXPERT));
        var repB = missionFixtures.representative("Intruder rep B", true);
        var moderatorB = users.active("Intruder moderator B", Role.MODERATOR);
        communityFixtures.community("Community B", true, List.of(), moderatorB);
        users.signIn(expertB);
        communities.join(communityFixtures.community("Open B", true, List.of()));

        // expert B on A's profile, applications, invitation, mission talk and certificate
        users.signIn(expertB);
        refused("ExpertProfileService.update(long,ProfileForm)", () -> profiles.update(profileA, profiles.myProfile()));
        nothing("ExpertProfileService.view(long)", () -> profiles.view(profileA).isEmpty());
        nothing(
                "ExpertProfileService.photo(long)",
                () -> profiles.photo(profileA).isEmpty());
        refused("ApplicationService.withdraw(long)", () -> applications.withdraw(applicationA.id()));
        refused(
                "ApplicationService.accept(long,ApplicationForm)",
                () -> applications.accept(invitationA.id(), new ApplicationForm("Me", "")));
        refused("ApplicationService.declineInvitation(long)", () -> applications.declineInvitation(invitationA.id()));
        refused(
                "ApplicationService.apply(long,ApplicationForm)",
                () -> applications.apply(draft.id(), new ApplicationForm("A draft", "")));
        nothing("CertificateService.available(long)", () -> !certificates.available(done.id()));
        refused(
                "CertificateService.certificate(long,Locale)",
                () -> certificates.certificate(done.id(), Locale.ENGLISH));
        refused(
                "MissionClosingService.rateInstitution(long,FeedbackForm)",
                () -> closing.rateInstitution(done.id(), new FeedbackForm(1, "Bad")));
        refused("MissionClosingService.closing(long)", () -> closing.closing(done.id()));
        nothing("MissionDiscussionService.participates(long)", () -> !discussion.participates(done.id()));
        refused("MissionDiscussionService.messages(long)", () -> discussion.messages(done.id()));
        refused("MissionDiscussionService.post(long,String)", () -> discussion.post(done.id(), "Let me in"));
        // expert B on A's posts (B reads them: the forum is readable), A's community (B is no member), A's thread
        refused("ForumService.edit(long,PostForm)", () -> forum.edit(replyA.id(), new PostForm("Defaced", null)));
        refused("ForumService.delete(long)", () -> forum.delete(replyA.id()));
        refused("ForumService.reply(long,PostForm)", () -> forum.reply(topicA, new PostForm("Not a member", null)));
        refused("ForumService.createTopic(long,TopicForm)", () -> forum.createTopic(communityA, topic("Not a member")));
        refused("CommunityService.requests(long)", () -> communities.requests(communityA));
        refused(
                "CommunityService.decide(long,long,boolean)",
                () -> communities.decide(communityA, expertB.getId(), true));
        refused("StaffMessageService.thread(long)", () -> staffMessages.thread(penaltyA));
        refused("StaffMessageService.reply(long,String)", () -> staffMessages.reply(penaltyA, "Not mine"));
        notifications.markRead(notificationA);
        attempted.merge("NotificationService.markRead(long)", 1, Integer::sum);

        // representative B (verified, another institution) on A's missions, applications and join requests
        users.signIn(repB);
        refused("MissionService.get(long)", () -> missions.get(open.id()));
        refused("MissionService.form(long)", () -> missions.form(draft.id()));
        refused("MissionService.history(long)", () -> missions.history(open.id()));
        refused(
                "MissionService.update(long,long,MissionForm)",
                () -> missions.update(draft.id(), draft.version(), MissionFixtures.form("Taken over")));
        refused("MissionService.submit(long,long)", () -> missions.submit(draft.id(), draft.version()));
        refused("MissionService.start(long,long)", () -> missions.start(openNow.id(), openNow.version()));
        refused("MissionService.complete(long,long)", () -> missions.complete(openNow.id(), openNow.version()));
        refused(
                "MissionService.cancel(long,long,String)",
                () -> missions.cancel(openNow.id(), openNow.version(), "Mine now"));
        refused("ApplicationService.applicants(long)", () -> applications.applicants(open.id()));
        refused(
                "ApplicationService.shortlist(long,long)",
                () -> applications.shortlist(applicationA.id(), applicationA.version()));
        refused(
                "ApplicationService.select(long,long)",
                () -> applications.select(applicationA.id(), applicationA.version()));
        refused(
                "ApplicationService.decline(long,long,String)",
                () -> applications.decline(applicationA.id(), applicationA.version(), "No"));
        refused("ApplicationService.invite(long,long,String)", () -> applications.invite(open.id(), profileA, "Come"));
        refused("MissionMatchService.candidates(long,int)", () -> matching.candidates(open.id(), 10));
        refused("MissionMatchService.shortlist(long,int)", () -> matching.shortlist(open.id(), 10));
        refused(
                "MissionClosingService.recordOutcomes(long,OutcomeForm)",
                () -> closing.recordOutcomes(done.id(), new OutcomeForm()));
        refused(
                "MissionClosingService.rateExpert(long,long,FeedbackForm)",
                () -> closing.rateExpert(done.id(), expertA.getId(), new FeedbackForm(1, "Bad")));
        refused(
                "MissionClosingService.publishSummary(long,String)",
                () -> closing.publishSummary(done.id(), "Our summary"));
        refused("InstitutionMembershipService.decide(long,boolean)", () -> membership.decide(joinRequest.id(), true));

        // moderator B (of another community) on community A's topics, posts and queue
        users.signIn(moderatorB);
        refused("TopicModerationService.lock(long,boolean,String)", () -> topicModeration.lock(topicA, true, "Mine"));
        refused("TopicModerationService.close(long,boolean,String)", () -> topicModeration.close(topicA, true, "Mine"));
        refused("TopicModerationService.pin(long,boolean)", () -> topicModeration.pin(topicA, true));
        refused("TopicModerationService.slowMode(long,int)", () -> topicModeration.slowMode(topicA, 600));
        refused(
                "TopicModerationService.move(long,long,String)",
                () -> topicModeration.move(topicA, communityA, "Mine"));
        refused(
                "TopicModerationService.movePost(long,long,String)",
                () -> topicModeration.movePost(replyA.id(), topicA, "Mine"));
        refused("ReviewService.queue(long)", () -> review.queue(communityA));
        refused("ReviewService.approve(long)", () -> review.approve(replyA.id()));
        refused("ReviewService.reject(long,String)", () -> review.reject(replyA.id(), "Mine"));
        refused("ReviewService.hide(long,String)", () -> review.hide(replyA.id(), "Mine"));
        refused("ReviewService.dismissFlags(long)", () -> review.dismissFlags(replyA.id()));
        refused("ReviewService.edit(long,String,String)", () -> review.edit(firstPostA, "Defaced", "Mine"));
        refused("CommunityService.requests(long)", () -> communities.requests(communityA));
        refused("ForumModerationService.requireModerator(long)", () -> forumModeration.requireModerator(communityA));
        refused("ForumModerationService.post(long)", () -> forumModeration.post(replyA.id()));
        refused(
                "ForumModerationService.inCommunity(long,Collection)",
                () -> forumModeration.inCommunity(communityA, EnumSet.allOf(PostStatus.class)));
        refused("ForumModerationService.topic(long)", () -> forumModeration.topic(topicA));
        refused(
                "ForumModerationService.setStatus(long,PostStatus)",
                () -> forumModeration.setStatus(replyA.id(), PostStatus.HIDDEN));
        refused("ForumModerationService.movePost(long,long)", () -> forumModeration.movePost(replyA.id(), topicA));
        refused("ForumModerationService.edit(long,String)", () -> forumModeration.edit(firstPostA, "Defaced"));
        refused(
                "ForumModerationService.changeTopic(long,TopicChange)",
                () -> forumModeration.changeTopic(topicA, new ForumModerationService.TopicChange.Lock(true)));
        assertThat(forumModeration.byIds(List.of(replyA.id(), firstPostA)))
                .as("another community's posts")
                .isEmpty();
        // nobody hides a post that members have not flagged enough
        refused("ForumModerationService.hideFlagged(long)", () -> forumModeration.hideFlagged(replyA.id()));

        // a representative of an institution still waiting for verification cannot send a mission for review
        missionFixtures.representative("Pending rep", false);
        var pendingDraft = missions.create(MissionFixtures.form("Pending draft"));
        refused("MissionService.submit(long,long)", () -> missions.submit(pendingDraft.id(), pendingDraft.version()));

        // nothing of A's changed
        users.signIn(expertA);
        assertThat(profiles.myProfile().getVisibility()).containsEntry(ProfileSection.IDENTITY, Visibility.ONLY_ME);
        assertThat(applications.mineFor(open.id()))
                .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(applicationA.status()));
        assertThat(notifications.unread()).as("A's notification still unread").isEqualTo(unreadA);
        var topicNow = forum.topic(topicA, 1);
        assertThat(topicNow.locked()).isFalse();
        assertThat(topicNow.posts()).extracting(p -> p.id()).contains(replyA.id(), firstPostA);
        assertThat(topicNow.posts().stream()
                        .filter(p -> p.id() == replyA.id())
                        .findFirst()
                        .orElseThrow()
                        .raw())
                .isEqualTo("A's reply");
        users.signIn(repA);
        assertThat(missions.get(draft.id()).title()).isEqualTo("A's draft");
        assertThat(missions.get(open.id()).version()).isEqualTo(openNow.version());
        assertThat(membership.pendingRequests()).extracting(r -> r.id()).contains(joinRequest.id());
        assertThat(selected.id()).isEqualTo(doneApplication.id());

        assertThat(succeeded).as("attempts that got through").isEmpty();
        System.out.printf(
                "object-level access: %d methods, %d attempts, 0 got through%n",
                attempted.size(),
                attempted.values().stream().mapToInt(Integer::intValue).sum());

        // every object-scoped method is attempted above or placed in NOT_OWNED
        var objectScoped = new TreeSet<String>();
        AccessTable.load("security/service-access.tsv").forEach((key, row) -> {
            var firstParameterIsAnId = key.contains("(long");
            var notOnlyAdmins =
                    row.entrySet().stream().anyMatch(cell -> cell.getValue() && cell.getKey() != UserKind.ADMIN);
            if (firstParameterIsAnId && notOnlyAdmins) {
                objectScoped.add(key);
            }
        });
        var placed = new TreeSet<>(attempted.keySet());
        placed.addAll(NOT_OWNED.keySet());
        assertThat(placed)
                .as("object-scoped methods attempted or listed as not owned")
                .containsAll(objectScoped);
        assertThat(NOT_OWNED.keySet())
                .as("NOT_OWNED lines whose method is gone")
                .isSubsetOf(objectScoped);
    }

    private UserAccount expert(String name) {
        var user = users.active(name, Role.EXPERT);
        users.signIn(user);
        var form = profiles.myProfile();
        form.setDisplayName(name);
        profiles.update(profiles.myProfileId(), form);
        return user;
    }

    private static TopicForm topic(String title) {
        return CommunityFixtures.topic(title, "Body of " + title);
    }

    /** The attempt must throw (any refusal: access denied, not found, refused). */
    private void refused(String method, ThrowingAction action) {
        attempted.merge(method, 1, Integer::sum);
        try {
            action.run();
            succeeded.add(method);
        } catch (RuntimeException refusedAsExpected) {
            // refused for being someone else's, not for a malformed request
            assertThat(refusedAsExpected)
                    .as(method)
                    .isNotInstanceOfAny(NullPointerException.class, ConstraintViolationException.class);
            System.out.printf("object-level access: %s refused: %s%n", method, refusedAsExpected);
        } catch (Exception e) {
            throw new AssertionError(method, e);
        }
    }

    /** A read that must return nothing to B. */
    private void nothing(String method, Supplier<Boolean> returnsNothing) {
        attempted.merge(method, 1, Integer::sum);
        if (!returnsNothing.get()) {
            succeeded.add(method);
        }
    }

    @FunctionalInterface
    interface ThrowingAction {
        void run() throws Exception;
    }
}
