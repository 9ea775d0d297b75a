package org.passerelle.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.PostStatus;
import org.passerelle.communities.TopicForm;
import org.passerelle.moderation.FlagReason;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewQueueViewTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Test
    void aModeratorApprovesAPendingPostAndFlagsAPostFromTheTopicPageInFrench() {
        var moderator = testUsers.active("Modératrice", Role.MODERATOR, Role.EXPERT);
        var id = communityFixtures.community("Environnement", moderator);
        testUsers.signIn(moderator);
        var topic = new TopicForm();
        topic.setTitle("Reforestation projects");
        topic.setBody("Which species?");
        var topicId = forum.createTopic(id, topic);
        var newcomer = testUsers.active("Nouveau", Role.EXPERT);
        testUsers.signIn(newcomer);
        communities.join(id);
        var pending = forum.reply(topicId, new PostForm("Acacia and baobab", null));
        assertThat(pending.status()).isEqualTo(PostStatus.PENDING);

        signIn(moderator);
        useLocale(Locale.FRENCH);
        navigate("moderation/review");
        assertThat(_get(Div.class, spec -> spec.withId("review-" + pending.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Nouveau", "En attente de l’approbation d’un modérateur");
        _click(_get(Button.class, spec -> spec.withId("approve-" + pending.id())));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Rien n’attend de modération.");

        signIn(newcomer);
        navigate("topic/" + topicId);
        _click(_get(Button.class, spec -> spec.withId("flag-1")));
        @SuppressWarnings("unchecked")
        Select<FlagReason> reason = _get(Select.class, spec -> spec.withId("flag-reason"));
        type(reason, FlagReason.OTHER);
        _click(_get(Button.class, spec -> spec.withId("flag-send")));
        assertThat(_find(Dialog.class, spec -> spec.withId("flag-dialog")))
                .as("refused without a note: still open")
                .isNotEmpty();
        type(_get(TextArea.class, spec -> spec.withId("flag-note")), "Wrong community");
        _click(_get(Button.class, spec -> spec.withId("flag-send")));

        signIn(moderator);
        navigate("moderation/review");
        var flagged = _find(Div.class, spec -> spec.withClasses("result-card"));
        assertThat(flagged).hasSize(1);
        assertThat(flagged.getFirst().getElement().getTextRecursively()).contains("OTHER: Wrong community");
    }
}
