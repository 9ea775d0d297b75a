package org.passerelle.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.IntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.moderation.RelaxedForum;
import org.passerelle.notifications.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;

@IntegrationTest
@ExtendWith(RelaxedForum.class)
class ForumIT {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityAdminService admin;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static int next;

    /** A new community (on a sector not used yet by this test class), its moderator signed out. */
    long community(boolean open, UserAccount moderator) {
        var id = communityFixtures.community("Community " + ++next, open, List.of("question", "event"), moderator);
        users.signOut();
        return id;
    }

    static TopicForm topic(String title, String body) {
        var form = new TopicForm();
        form.setTitle(title);
        form.setBody(body);
        form.setTags(List.of("question"));
        return form;
    }

    @Test
    void membersPostRepliesLikeEditWithHistoryAndReadInChunks() {
        var moderator = users.active("Moderator", Role.MODERATOR);
        var id = community(true, moderator);
        var awa = users.active("Awa", Role.EXPERT);
        users.signIn(awa);
        assertThatThrownBy(() -> forum.createTopic(id, topic("Borehole pumps", "Which pumps?")))
                .hasMessage("community.membersOnly");
        assertThat(communities.join(id)).isEqualTo(Membership.MEMBER);
        var topicId = forum.createTopic(id, topic("Borehole pumps", "Which **solar** pumps? <script>x</script>"));

        var ibra = users.active("Ibrahima", Role.EXPERT);
        users.signIn(ibra);
        communities.join(id);
        assertThat(forum.topics(id, TopicSort.LATEST, 0, 20)).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Borehole pumps");
            assertThat(t.unread()).isEqualTo(1);
        });
        for (int i = 2; i <= 45; i++) {
            forum.reply(topicId, new PostForm("Reply " + i, i == 2 ? 1 : null));
        }
        var first = forum.topic(topicId, 1);
        assertThat(first.posts()).hasSize(ForumService.CHUNK);
        assertThat(first.posts().getFirst().cooked())
                .contains("<strong>solar</strong>")
                .doesNotContain("<script");
        assertThat(first.posts().get(1).replyTo()).isEqualTo(1);
        assertThat(forum.topic(topicId, 41).posts())
                .extracting(PostDetails::number)
                .containsExactly(41, 42, 43, 44, 45);

        users.signIn(awa);
        assertThat(forum.topics(id, TopicSort.LATEST, 0, 20).getFirst().unread())
                .isEqualTo(44);
        forum.topic(topicId, 21);
        assertThat(forum.topics(id, TopicSort.LATEST, 0, 20).getFirst().unread())
                .as("read up to post 40")
                .isEqualTo(5);
        var reply2 = forum.topic(topicId, 2).posts().getFirst();
        assertThat(forum.toggleLike(reply2.id())).isTrue();
        assertThat(forum.topic(topicId, 2).posts().getFirst().likes()).isEqualTo(1);
        assertThatThrownBy(() -> forum.toggleLike(first.posts().getFirst().id()))
                .hasMessage("post.like.own");

        var mine = forum.topic(topicId, 1).posts().getFirst();
        forum.edit(mine.id(), new PostForm("Which **solar** pumps, 12 V?", null));
        users.signIn(ibra);
        assertThat(forum.revisions(mine.id())).singleElement().satisfies(r -> {
            assertThat(r.editorName()).isEqualTo("Awa");
            assertThat(r.raw()).startsWith("Which **solar** pumps? ");
        });
        assertThatThrownBy(() -> forum.edit(mine.id(), new PostForm("Not mine", null)))
                .hasMessage("post.none");
        assertThatThrownBy(() -> forum.reply(topicId, new PostForm(" ", null)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void communitiesByRequestAdmitThroughTheirModeratorsAndAuthorsDeleteOnlyWithinTheGracePeriod() {
        var moderator = users.active("Gatekeeping moderator", Role.MODERATOR);
        var id = community(false, moderator);
        var fatou = users.active("Fatou", Role.EXPERT);
        users.signIn(fatou);
        assertThat(communities.join(id)).isEqualTo(Membership.REQUESTED);
        assertThatThrownBy(() -> communities.requests(id)).hasMessage("community.notModerator");

        users.signIn(moderator);
        assertThat(communities.requests(id))
                .extracting(CommunityService.JoinRequest::name)
                .containsExactly("Fatou");
        communities.decide(id, fatou.getId(), true);

        users.signIn(fatou);
        assertThat(communities.membership(id)).isEqualTo(Membership.MEMBER);
        var topicId = forum.createTopic(id, topic("Court records", "How do you archive?"));
        var reply = forum.reply(topicId, new PostForm("Second thought", null));
        forum.delete(reply.id());
        assertThat(forum.topic(topicId, 1).totalPosts()).isEqualTo(1);
        var late = forum.reply(topicId, new PostForm("Third thought", null));
        clock.advance(Duration.ofHours(25));
        assertThatThrownBy(() -> forum.delete(late.id())).hasMessage("post.deleteTooLate");
    }

    @Test
    void visitorsReadNothingAndOnlyAdministratorsCreateCommunities() {
        assertThatThrownBy(() -> communities.all()).isInstanceOf(AuthenticationException.class);
        users.signIn(users.active("Expert", Role.EXPERT));
        assertThatThrownBy(() -> admin.create(new CommunityForm())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Autowired
    NotificationService notifications;

    @Test
    void aMentionedMemberIsNotifiedOnce() {
        var moderator = users.active("Mention moderator", Role.MODERATOR);
        var id = community(true, moderator);
        var writer = users.active("Writer", Role.EXPERT);
        var named = users.active("Fatoumata Keïta-Diarra", Role.EXPERT);
        var stranger = users.active("Not Member", Role.EXPERT);
        users.signIn(named);
        communities.join(id);
        users.signIn(writer);
        communities.join(id);
        forum.createTopic(
                id,
                topic("Who knows midwifery?", "Ask @FatoumataKeitaDiarra and @fatoumata.keita-diarra, or @NotMember"));
        users.signIn(named);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> notifications.unread() == 1);
        assertThat(notifications.mine(5).getFirst().kind()).isEqualTo("MENTION");
        users.signIn(stranger);
        assertThat(notifications.unread()).as("not a member of the community").isZero();
    }
}
