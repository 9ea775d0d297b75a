package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.PostStatus;
import org.passerelle.communities.TopicForm;
import org.passerelle.moderation.ForumSettings;
import org.passerelle.moderation.TopicModerationService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ForumSearchIT {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    ForumSearchService search;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    ForumModerationService store;

    @Autowired
    TopicModerationService topics;

    @Autowired
    ForumSettings settings;

    @Autowired
    TestUsers users;

    @BeforeEach
    void relax() {
        settings.relax();
    }

    @AfterEach
    void restore() {
        settings.restore();
        users.signOut();
    }

    @Test
    void publishedPostsAreFoundInBothLanguagesWithFiltersAndNothingElseEverIs() {
        var tag = "kq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "z");
        var moderator = users.active("Search moderator", Role.MODERATOR, Role.EXPERT);
        var justice = communityFixtures.community("Justice", moderator);

        users.signIn(moderator);
        var topic = new TopicForm();
        topic.setTitle("Médiation commerciale " + tag);
        topic.setBody("Les tribunaux de commerce et la médiation");
        var topicId = forum.createTopic(justice, topic);
        var english = forum.reply(topicId, new PostForm("Arbitration clauses in contracts " + tag, null));
        var author = users.active("Searching author", Role.EXPERT);
        users.signIn(author);
        communities.join(justice);
        var hidden = forum.reply(topicId, new PostForm("Secret arbitration tricks " + tag, null));
        var mine = forum.reply(topicId, new PostForm("My arbitrations in Dakar " + tag, null));
        users.signIn(moderator);
        store.setStatus(hidden.id(), PostStatus.HIDDEN);

        var reader = users.active("Searching reader", Role.EXPERT);
        users.signIn(reader);
        var found = search.search(ForumQuery.text("arbitration " + tag), 0, 20);
        assertThat(found.hits())
                .extracting(ForumHit::postId)
                .contains(english.id(), mine.id())
                .doesNotContain(hidden.id());
        assertThat(found.hits())
                .allSatisfy(hit -> assertThat(String.join(" ", hit.snippets())).doesNotContain("<script"));
        assertThat(String.join(" ", found.hits().getFirst().snippets())).contains("<mark>");

        var french = search.search(ForumQuery.text("tribunal " + tag), 0, 20);
        assertThat(french.hits()).extracting(ForumHit::number).contains(1);
        var titles = search.search(new ForumQuery("médiation " + tag, null, null, null, null, null, true), 0, 50);
        assertThat(titles.hits()).extracting(ForumHit::topicTitle).allMatch(t -> t.contains(tag));
        var byAuthor = search.search(new ForumQuery(tag, null, author.getId(), null, null, null, false), 0, 20);
        assertThat(byAuthor.hits()).extracting(ForumHit::postId).containsExactly(mine.id());
        var elsewhere = search.search(new ForumQuery(tag, justice + 1000, null, null, null, null, false), 0, 20);
        assertThat(elsewhere.hits()).isEmpty();
        var later = search.search(new ForumQuery(tag, null, null, LocalDate.of(2100, 1, 1), null, null, false), 0, 20);
        assertThat(later.hits()).isEmpty();

        users.signIn(moderator);
        topics.close(topicId, true, "Done");
        users.signIn(reader);
        assertThat(search.search(new ForumQuery(tag, null, null, null, null, false, false), 0, 20)
                        .hits())
                .as("the topic is closed now")
                .isEmpty();
        assertThat(search.search(new ForumQuery(tag, null, null, null, null, true, false), 0, 20)
                        .hits())
                .isNotEmpty();
    }
}
