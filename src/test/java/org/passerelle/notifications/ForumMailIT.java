package org.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.GreenMailSupport;
import org.passerelle.MailIntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.communities.WatchLevel;
import org.passerelle.communities.WatchService;
import org.passerelle.moderation.ReviewService;
import org.passerelle.notifications.internal.ForumMail;
import org.springframework.beans.factory.annotation.Autowired;

/** Forum notifications: approval notifies watchers, mail at once or in a digest of what is unread, unsubscribe. */
@MailIntegrationTest
class ForumMailIT {

    @Autowired
    CommunityFixtures communityFixtures;

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    WatchService watches;

    @Autowired
    ReviewService review;

    @Autowired
    NotificationService notifications;

    @Autowired
    ForumMail forumMail;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static TopicForm topic(String title) {
        var form = new TopicForm();
        form.setTitle(title);
        form.setBody("Let us talk about " + title);
        return form;
    }

    static void awaitMails(String to, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> GreenMailSupport.mailsTo(greenMail, to).size() >= count);
    }

    @Test
    void approvalPublishesAndNotifiesWatchersAtOnceOrInADigestOfWhatIsUnread() throws Exception {
        var moderator = users.active("Notifying moderator", Role.MODERATOR, Role.EXPERT);
        var id = communityFixtures.community("Infrastructure", moderator);

        var eager = users.active("Eager watcher", Role.EXPERT);
        users.signIn(eager);
        communities.join(id);
        notifications.setMyFrequency(EmailFrequency.IMMEDIATELY);
        watches.watchCommunity(id, WatchLevel.WATCHING);
        var patient = users.active("Patient watcher", Role.EXPERT);
        users.signIn(patient);
        communities.join(id);
        watches.watchCommunity(id, WatchLevel.WATCHING);
        assertThat(notifications.myFrequency()).isEqualTo(EmailFrequency.DAILY);

        users.signIn(moderator);
        var bridges = forum.createTopic(id, topic("Bridges in the rainy season"));
        var roads = forum.createTopic(id, topic("Rural roads maintenance"));
        awaitMails(eager.getEmail(), 2);
        assertThat(GreenMailSupport.mailsTo(greenMail, eager.getEmail()).stream()
                        .map(GreenMailSupport::body)
                        .toList())
                .anySatisfy(body -> assertThat(body)
                        .contains("Notifying moderator started “Bridges in the rainy season”")
                        .contains("unsubscribe?token="));

        users.signIn(eager);
        watches.watchTopic(bridges, WatchLevel.WATCHING);
        var newcomer = users.active("Newcomer engineer", Role.EXPERT);
        users.signIn(newcomer);
        communities.join(id);
        var held = forum.reply(bridges, new PostForm("Use gabions", null));
        users.signIn(eager);
        var before = notifications.unread();
        users.signIn(moderator);
        review.approve(held.id());
        awaitMails(eager.getEmail(), 3);
        users.signIn(eager);
        assertThat(notifications.unread()).as("approval notifies watchers").isEqualTo(before + 1);
        assertThat(notifications.mine(10).getFirst().title()).isEqualTo("Bridges in the rainy season");

        users.signIn(patient);
        assertThat(GreenMailSupport.mailsTo(greenMail, patient.getEmail()))
                .as("daily digest, not yet")
                .isEmpty();
        var read = notifications.mine(10).stream()
                .filter(n -> n.title().equals("Rural roads maintenance"))
                .findFirst()
                .orElseThrow();
        notifications.markRead(read.id());
        users.signOut();
        clock.advance(Duration.ofDays(1).plusMinutes(5));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> forumMail.sendDigests() >= 0
                        && !GreenMailSupport.mailsTo(greenMail, patient.getEmail())
                                .isEmpty());
        var digest = GreenMailSupport.body(
                GreenMailSupport.mailsTo(greenMail, patient.getEmail()).getFirst());
        assertThat(digest).contains("Bridges in the rainy season").doesNotContain("Rural roads maintenance");

        var link = digest.lines()
                .filter(l -> l.contains("unsubscribe?token="))
                .findFirst()
                .orElseThrow();
        var token = link.substring(link.indexOf("token=") + "token=".length()).strip();
        var forged = patient.getId() + 1 + token.substring(token.indexOf('.'));
        assertThat(notifications.unsubscribe(forged))
                .as("a token for someone else cannot be made")
                .isFalse();
        assertThat(notifications.unsubscribe("nonsense")).isFalse();
        assertThat(notifications.unsubscribe(token)).isTrue();
        users.signIn(patient);
        assertThat(notifications.myFrequency()).isEqualTo(EmailFrequency.NEVER);
        assertThat(roads).isPositive();
    }
}
