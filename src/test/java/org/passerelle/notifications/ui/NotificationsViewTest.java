package org.passerelle.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.TopicForm;
import org.passerelle.communities.WatchLevel;
import org.passerelle.communities.WatchService;
import org.passerelle.moderation.ForumSettings;
import org.passerelle.notifications.EmailFrequency;
import org.passerelle.notifications.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    WatchService watches;

    @Autowired
    NotificationService notifications;

    @Autowired
    ForumSettings settings;

    @BeforeEach
    void relax() {
        settings.relax();
    }

    @AfterEach
    void restore() {
        settings.restore();
    }

    @Test
    void theBadgeCountsUnreadNotificationsAndTheCentreListsThemInFrench() {
        var id = communityFixtures.community("Notifiée");
        var watcher = testUsers.active("Centre watcher", Role.EXPERT);
        testUsers.signIn(watcher);
        communities.join(id);
        watches.watchCommunity(id, WatchLevel.WATCHING);
        var author = testUsers.active("Centre author", Role.EXPERT);
        testUsers.signIn(author);
        communities.join(id);
        var topic = new TopicForm();
        topic.setTitle("Sujet pour le centre");
        topic.setBody("Bonjour");
        forum.createTopic(id, topic);
        testUsers.signIn(watcher);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> notifications.unread() == 1);

        signIn(watcher);
        useLocale(Locale.FRENCH);
        navigate("notifications");
        assertThat(_get(Anchor.class, spec -> spec.withId("notifications-badge"))
                        .getElement()
                        .getTextRecursively())
                .contains("1");
        var unread = _find(Div.class, spec -> spec.withClasses("notification-unread"));
        assertThat(unread).hasSize(1);
        assertThat(unread.getFirst().getElement().getTextRecursively())
                .contains("Centre author a lancé « Sujet pour le centre »");
        @SuppressWarnings("unchecked")
        Select<EmailFrequency> email = _get(Select.class, spec -> spec.withId("notifications-email"));
        type(email, EmailFrequency.WEEKLY);
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(_find(Div.class, spec -> spec.withClasses("notification-unread")))
                .isEmpty();
        testUsers.signIn(watcher);
        assertThat(notifications.unread()).isZero();
        assertThat(notifications.myFrequency()).isEqualTo(EmailFrequency.WEEKLY);
    }
}
