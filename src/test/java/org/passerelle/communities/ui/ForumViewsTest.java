package org.passerelle.communities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityAdminService;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityForm;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.moderation.RelaxedForum;
import org.springframework.beans.factory.annotation.Autowired;

@ExtendWith(RelaxedForum.class)
class ForumViewsTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityAdminService admin;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    static Long communityId;

    long community() {
        if (communityId == null) {
            testUsers.signIn(testUsers.active("Forum admin", Role.ADMIN));
            var form = new CommunityForm();
            form.setSectorCode(communityFixtures.freshSector());
            form.setNameEn("Education");
            form.setNameFr("Éducation");
            form.setDescriptionEn("Teachers and trainers");
            form.setDescriptionFr("Enseignants et formateurs");
            form.setTags(List.of("question"));
            communityId = admin.create(form);
            testUsers.signOut();
        }
        return communityId;
    }

    static List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("result-card"));
    }

    @Test
    void aMemberStartsATopicPreviewsAndRepliesAndTheTopicOpensInChunks() {
        var id = community();
        var member = testUsers.active("Composer member", Role.EXPERT);
        signIn(member);
        navigate("community/" + id);
        _click(_get(Button.class, spec -> spec.withId("community-join")));
        var title = _get(TextField.class, spec -> spec.withId("topic-title"));
        type(title, "Hi");
        type(_get(TextArea.class, spec -> spec.withId("topic-body")), "Let us share **lesson plans**");
        _click(_get(Button.class, spec -> spec.withId("topic-send")));
        assertThat(title.getErrorMessage()).isEqualTo("The title has 5 to 200 characters.");
        type(title, "Lesson plans for STEM");
        _click(_get(Button.class, spec -> spec.withId("topic-send")));
        assertThat(_get(H1.class, spec -> spec.withId("topic-heading")).getText())
                .isEqualTo("Lesson plans for STEM");
        assertThat(cards()).hasSize(1);

        var body = _get(TextArea.class, spec -> spec.withId("reply-body"));
        type(body, "*welcome* <script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("reply-show-preview")));
        var preview = _get(Div.class, spec -> spec.withId("reply-preview"));
        assertThat(preview.getElement().getChild(0).getOuterHTML())
                .contains("<em>welcome</em>")
                .doesNotContain("<script");
        _click(_get(Button.class, spec -> spec.withId("reply-send")));
        assertThat(cards()).hasSize(2);
        assertThat(body.getValue()).isEmpty();

        testUsers.signIn(member);
        var topicId = forum.topics(id, null, 0, 10).stream()
                .filter(t -> t.title().equals("Lesson plans for STEM"))
                .findFirst()
                .orElseThrow()
                .id();
        for (int i = 3; i <= 45; i++) {
            forum.reply(topicId, new PostForm("Reply " + i, null));
        }
        useLocale(Locale.FRENCH);
        navigate("topic/" + topicId);
        assertThat(cards()).hasSize(20);
        var firstCard = cards().getFirst();
        var more = _get(Button.class, spec -> spec.withId("topic-more"));
        assertThat(more.getText()).isEqualTo("Afficher plus de messages");
        _click(more);
        assertThat(cards()).hasSize(40);
        assertThat(cards().getFirst())
                .as("posts already shown are not drawn again")
                .isSameAs(firstCard);
        _click(more);
        assertThat(cards()).hasSize(45);
        assertThat(more.isVisible()).isFalse();
    }

    @Test
    void visitorsWhoAreNotMembersReadButCannotPost() {
        var id = community();
        var author = testUsers.active("Author", Role.EXPERT);
        testUsers.signIn(author);
        communities.join(id);
        var topic = new TopicForm();
        topic.setTitle("Inclusive classrooms");
        topic.setBody("Ideas welcome");
        var topicId = forum.createTopic(id, topic);

        signIn(testUsers.active("Reader", Role.EXPERT));
        navigate("topic/" + topicId);
        assertThat(cards()).hasSize(1);
        assertThat(_find(TextArea.class, spec -> spec.withId("reply-body"))).isEmpty();
    }

    @Test
    void quotingAndReplyingSayWhichPostIsAnsweredAndTheReplyLinksBackToIt() {
        var id = community();
        var author = testUsers.active("Quoted author", Role.EXPERT);
        testUsers.signIn(author);
        communities.join(id);
        var topic = new TopicForm();
        topic.setTitle("Exam timetables");
        topic.setBody("Exams start in June.\nResults in July.");
        var topicId = forum.createTopic(id, topic);
        var replier = testUsers.active("Quoting member", Role.EXPERT);
        testUsers.signIn(replier);
        communities.join(id);

        signIn(replier);
        navigate("topic/" + topicId);
        assertThat(replyingTo()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("reply-1")));
        assertThat(replyingTo()).containsExactly("Replying to #1 (Quoted author)");
        _click(_get(Button.class, spec -> spec.withId("replying-cancel")));
        assertThat(replyingTo()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("quote-1")));
        var body = _get(TextArea.class, spec -> spec.withId("reply-body"));
        assertThat(body.getValue())
                .startsWith("Quoted author wrote:")
                .contains("> Exams start in June.\n> Results in July.");
        type(body, body.getValue() + "And resits in September.");
        _click(_get(Button.class, spec -> spec.withId("reply-send")));

        assertThat(cards()).hasSize(2);
        var answer = _get(Div.class, spec -> spec.withId("post-2"));
        assertThat(_find(answer, Anchor.class)).extracting(Anchor::getHref).contains("#post-1");
        assertThat(_find(_get(Div.class, spec -> spec.withId("post-body-2")), Html.class)
                        .getFirst()
                        .getInnerHtml())
                .contains("<blockquote>")
                .contains("Results in July.");
        assertThat(replyingTo()).as("sent: no longer replying").isEmpty();
    }

    /** The "replying to" line above the composer, when shown. */
    static List<String> replyingTo() {
        return _find(Span.class, spec -> spec.withId("replying-to")).stream()
                .map(Span::getText)
                .toList();
    }
}
