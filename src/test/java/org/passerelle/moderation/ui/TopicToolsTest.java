package org.passerelle.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.communities.TopicSummary;
import org.passerelle.moderation.RelaxedForum;
import org.passerelle.moderation.StaffActionType;
import org.passerelle.moderation.StaffLogService;
import org.springframework.beans.factory.annotation.Autowired;

/** A moderator's tools on the topic page: moving a reply to another topic (a member sees no such tool). */
@ExtendWith(RelaxedForum.class)
class TopicToolsTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    StaffLogService staffLog;

    static long topic(ForumService forum, long communityId, String title) {
        var form = new TopicForm();
        form.setTitle(title);
        form.setBody("Opening post of " + title);
        return forum.createTopic(communityId, form);
    }

    @Test
    void aModeratorMovesAnOffTopicReplyToTheRightTopic() {
        var moderator = testUsers.active("Mover moderator", Role.MODERATOR, Role.EXPERT);
        var id = communityFixtures.community("Moving community", moderator);
        testUsers.signIn(moderator);
        var source = topic(forum, id, "Borehole pumps");
        var target = topic(forum, id, "Solar panels");
        var member = testUsers.active("Off-topic member", Role.EXPERT);
        testUsers.signIn(member);
        communities.join(id);
        forum.reply(source, new PostForm("Which solar panels last longest?", 1));

        signIn(member);
        navigate("topic/" + source);
        assertThat(_find(Button.class, spec -> spec.withId("move-2"))).isEmpty();

        signIn(moderator);
        navigate("topic/" + source);
        assertThat(_find(Button.class, spec -> spec.withId("move-1")))
                .as("an opening post moves with its topic")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("move-2")));
        _click(_get(Button.class, spec -> spec.withId("move-send")));
        @SuppressWarnings("unchecked")
        ComboBox<TopicSummary> to = _get(ComboBox.class, spec -> spec.withId("move-target"));
        assertThat(to.isInvalid()).isTrue();
        type(
                to,
                forum.topics(id, null, 0, 10).stream()
                        .filter(t -> t.id() == target)
                        .findFirst()
                        .orElseThrow());
        type(_get(TextField.class, spec -> spec.withId("move-reason")), "About panels, not pumps");
        _click(_get(Button.class, spec -> spec.withId("move-send")));

        testUsers.signIn(moderator);
        assertThat(forum.topic(source, 1).posts()).hasSize(1);
        assertThat(forum.topic(target, 1).posts())
                .extracting(p -> p.number(), p -> p.raw(), p -> p.replyTo())
                .containsExactly(
                        Tuple.tuple(1, "Opening post of Solar panels", null),
                        Tuple.tuple(2, "Which solar panels last longest?", null));
        assertThat(staffLog.latest(id, StaffActionType.MOVE_POST, null, 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.reason()).isEqualTo("About panels, not pumps");
                    assertThat(entry.targetName()).isEqualTo("Off-topic member");
                });
        navigate("topic/" + target);
        assertThat(_find(Div.class, spec -> spec.withClasses("result-card"))).hasSize(2);
    }
}
