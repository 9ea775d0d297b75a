package org.passerelle.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.moderation.ForumSettings;
import org.springframework.beans.factory.annotation.Autowired;

class ForumSearchViewTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

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
    void aMemberSearchesACommunityByAuthor() {
        var tag = "xq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "w");
        var id = communityFixtures.community("Searchable " + tag);
        var first = testUsers.active("First author", Role.EXPERT);
        testUsers.signIn(first);
        communities.join(id);
        var topic = new TopicForm();
        topic.setTitle("Topic about " + tag);
        topic.setBody("Opening " + tag);
        var topicId = forum.createTopic(id, topic);
        var second = testUsers.active("Second author", Role.EXPERT);
        testUsers.signIn(second);
        communities.join(id);
        forum.reply(topicId, new PostForm("Answer " + tag, null));

        signIn(second);
        navigate("forum/search");
        type(_get(TextField.class, spec -> spec.withId("forum-search-text")), tag);
        assertThat(_find(Div.class, spec -> spec.withClasses("result-card"))).hasSize(2);
        @SuppressWarnings("unchecked")
        Select<CommunityDetails> community = _get(Select.class, spec -> spec.withId("forum-search-community"));
        type(
                community,
                community
                        .getListDataView()
                        .getItems()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<CommunityService.Member> author = _get(ComboBox.class, spec -> spec.withId("forum-search-author"));
        type(
                author,
                author.getListDataView()
                        .getItems()
                        .filter(m -> m.name().equals("First author"))
                        .findFirst()
                        .orElseThrow());
        var cards = _find(Div.class, spec -> spec.withClasses("result-card"));
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains("#1");
    }
}
