package org.passerelle.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.PostStatus;
import org.passerelle.communities.TopicForm;
import org.passerelle.communities.TopicSummary;
import org.passerelle.matching.ForumHit;
import org.passerelle.matching.ForumQuery;
import org.passerelle.matching.ForumSearchService;
import org.passerelle.notifications.NotificationDetails;
import org.passerelle.notifications.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ModerationIT {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    ReviewService review;

    @Autowired
    FlagService flags;

    @Autowired
    TopicModerationService topics;

    @Autowired
    MemberModerationService members;

    @Autowired
    StaffLogService staffLog;

    @Autowired
    ModerationAdminService admin;

    @Autowired
    TestUsers users;

    @Autowired
    NotificationService notifications;

    @Autowired
    MutableClock clock;

    static int next;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** A community moderated by {@code moderator}, and an established member who has posted enough to be trusted. */
    long community(UserAccount moderator) {
        var id = communityFixtures.community("Moderated " + ++next, moderator);
        users.signOut();
        return id;
    }

    static TopicForm topic(String title, String body) {
        var form = new TopicForm();
        form.setTitle(title);
        form.setBody(body);
        return form;
    }

    @Test
    void aNewMembersFirstPostsWaitInTheQueueUntilAModeratorApprovesThem() {
        var moderator = users.active("Queue moderator", Role.MODERATOR, Role.EXPERT);
        var id = community(moderator);
        users.signIn(moderator);
        var topicId = forum.createTopic(id, topic("Welcome to the community", "Introduce yourselves"));

        var newcomer = users.active("Newcomer", Role.EXPERT);
        users.signIn(newcomer);
        communities.join(id);
        var first = forum.reply(topicId, new PostForm("Hello, I am new", null));
        assertThat(first.status()).isEqualTo(PostStatus.PENDING);
        assertThat(forum.topic(topicId, 1).posts())
                .as("the author sees their pending post")
                .extracting(p -> p.status())
                .containsExactly(PostStatus.PUBLISHED, PostStatus.PENDING);

        var reader = users.active("Reader", Role.EXPERT);
        users.signIn(reader);
        assertThat(forum.topic(topicId, 1).posts()).hasSize(1);

        users.signIn(moderator);
        assertThat(review.queue(id))
                .extracting(ReviewItem::postId, ReviewItem::status)
                .containsExactly(Tuple.tuple(first.id(), PostStatus.PENDING));
        review.approve(first.id());
        assertThat(review.queue(id)).isEmpty();

        users.signIn(reader);
        assertThat(forum.topic(topicId, 1).posts()).hasSize(2);
        users.signIn(newcomer);
        forum.reply(topicId, new PostForm("Second post", null));
        users.signIn(moderator);
        review.approve(review.queue(id).getFirst().postId());
        users.signIn(newcomer);
        assertThat(forum.reply(topicId, new PostForm("Third post, now trusted", null))
                        .status())
                .isEqualTo(PostStatus.PUBLISHED);

        var stranger = users.active("Other moderator", Role.MODERATOR);
        users.signIn(stranger);
        assertThatThrownBy(() -> review.queue(id)).hasMessage("community.notModerator");
        users.signIn(reader);
        assertThatThrownBy(() -> review.queue(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void postsFlaggedByEnoughMembersAreHiddenUntilReviewedAndEveryActionIsLogged() {
        var moderator = users.active("Flag moderator", Role.MODERATOR, Role.EXPERT);
        var id = community(moderator);
        users.signIn(moderator);
        var topicId = forum.createTopic(id, topic("Market prices", "Share prices here"));
        var post = forum.reply(topicId, new PostForm("BUY CHEAP PILLS", null));
        var flaggers = List.of(
                users.active("Flagger 1", Role.EXPERT),
                users.active("Flagger 2", Role.EXPERT),
                users.active("Flagger 3", Role.EXPERT));
        users.signIn(flaggers.get(0));
        assertThatThrownBy(() -> flags.flag(post.id(), FlagReason.OTHER, " ")).hasMessage("flag.note.required");
        assertThat(flags.flag(post.id(), FlagReason.SPAM, "")).isFalse();
        assertThatThrownBy(() -> flags.flag(post.id(), FlagReason.SPAM, "")).hasMessage("flag.already");
        users.signIn(flaggers.get(1));
        assertThat(flags.flag(post.id(), FlagReason.INAPPROPRIATE, "")).isFalse();
        users.signIn(flaggers.get(2));
        assertThat(flags.flag(post.id(), FlagReason.OTHER, "Advertising"))
                .as("third flag hides it")
                .isTrue();
        assertThat(forum.topic(topicId, 1).posts()).extracting(p -> p.number()).containsExactly(1);

        users.signIn(moderator);
        var item = review.queue(id).getFirst();
        assertThat(item.status()).isEqualTo(PostStatus.HIDDEN);
        assertThat(item.flags()).containsExactlyInAnyOrder("SPAM", "INAPPROPRIATE", "OTHER: Advertising");
        review.reject(post.id(), "Spam");
        topics.lock(topicId, true, "Heated");
        topics.slowMode(topicId, 60);
        assertThat(staffLog.latest(id, null, null, 20))
                .extracting(StaffLogEntry::action)
                .containsSubsequence(
                        StaffActionType.SLOW_MODE,
                        StaffActionType.LOCK_TOPIC,
                        StaffActionType.REJECT_POST,
                        StaffActionType.AUTO_HIDE_POST);
        assertThat(staffLog.latest(id, StaffActionType.AUTO_HIDE_POST, null, 20)
                        .getFirst()
                        .actorName())
                .as("the platform acted")
                .isNull();

        users.signIn(flaggers.get(0));
        communities.join(id);
        assertThatThrownBy(() -> forum.reply(topicId, new PostForm("Me too", null)))
                .hasMessage("topic.locked");
    }

    @Test
    void silenceStopsPostingUntilItsEndAndWatchedWordsApply() {
        var moderator = users.active("Silence moderator", Role.MODERATOR, Role.EXPERT);
        var id = community(moderator);
        users.signIn(moderator);
        var topicId = forum.createTopic(id, topic("Tools and software", "Which tools?"));
        var member = users.active("Loud member", Role.EXPERT);
        users.signIn(member);
        communities.join(id);

        users.signIn(moderator);
        members.warn(member.getId(), "Please stay on topic");
        members.silence(member.getId(), Duration.ofHours(12), "Spamming the forum");
        users.signIn(member);
        assertThatThrownBy(() -> forum.reply(topicId, new PostForm("Let me talk", null)))
                .hasMessage("moderation.silenced");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .until(() -> notifications.mine(10).size() >= 2);
        assertThat(notifications.mine(10)).extracting(NotificationDetails::kind).contains("WARNING", "SILENCE");
        users.signIn(moderator);
        assertThat(members.active())
                .extracting(MemberModerationService.ActivePenalty::userId)
                .contains(member.getId());
        users.signIn(member);
        clock.advance(Duration.ofHours(13));
        assertThat(forum.reply(topicId, new PostForm("Back again", null)).status())
                .isEqualTo(PostStatus.PENDING);

        var word = "zorglub" + System.nanoTime() % 1000;
        users.signIn(users.active("Words admin", Role.ADMIN));
        admin.watch(word, WatchedWordAction.BLOCK);
        assertThat(admin.test("say " + word)).isInstanceOf(Gatekeeper.Decision.Refuse.class);
        users.signIn(moderator);
        assertThatThrownBy(() -> forum.reply(topicId, new PostForm("a " + word + " b", null)))
                .as("even moderators")
                .hasMessage("moderation.word.blocked");
        users.signIn(users.active("Words admin", Role.ADMIN));
        admin.unwatch(word);
    }

    @Autowired
    ForumSearchService forumSearch;

    @Test
    void movingAReplyNeedsModeratingBothCommunitiesAndCarriesItsCountAndIndexEntry() {
        var moderator = users.active("Cross moderator", Role.MODERATOR, Role.EXPERT);
        var here = community(moderator);
        var otherModerator = users.active("Elsewhere moderator", Role.MODERATOR, Role.EXPERT);
        var elsewhere = community(otherModerator);
        users.signIn(moderator);
        var source = forum.createTopic(here, topic("Irrigation schedules", "When to water?"));
        var reply = forum.reply(source, new PostForm("Drip lines at dawn, quokkavine method", null));
        users.signIn(otherModerator);
        var target = forum.createTopic(elsewhere, topic("Water pricing", "Tariffs"));

        users.signIn(users.active("Plain member", Role.EXPERT));
        assertThatThrownBy(() -> topics.movePost(reply.id(), source, ""))
                .isInstanceOf(AuthorizationDeniedException.class);
        users.signIn(moderator);
        assertThatThrownBy(() -> topics.movePost(reply.id(), target, ""))
                .as("the target community is not theirs")
                .hasMessage("community.notModerator");
        var first = forum.topic(source, 1).posts().getFirst().id();
        assertThatThrownBy(() -> topics.movePost(first, source, "")).hasMessage("moderation.movePost.first");
        assertThatThrownBy(() -> topics.movePost(reply.id(), source, "")).hasMessage("moderation.movePost.same");

        users.signIn(users.active("Both admin", Role.ADMIN));
        topics.movePost(reply.id(), target, "Belongs with pricing");
        assertThat(forum.topics(here, null, 0, 10))
                .filteredOn(t -> t.id() == source)
                .extracting(TopicSummary::posts)
                .containsExactly(1);
        assertThat(forum.topics(elsewhere, null, 0, 10))
                .filteredOn(t -> t.id() == target)
                .extracting(TopicSummary::posts)
                .containsExactly(2);
        var hits = forumSearch
                .search(new ForumQuery("quokkavine", null, null, null, null, null, false), 0, 10)
                .hits();
        assertThat(hits)
                .extracting(ForumHit::topicId, ForumHit::communityId)
                .containsExactly(Tuple.tuple(target, elsewhere));
        assertThat(staffLog.latest(elsewhere, StaffActionType.MOVE_POST, null, 5))
                .extracting(StaffLogEntry::reason)
                .containsExactly("Belongs with pricing");
    }
}
