package org.passerelle.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.communities.Gatekeeper.Decision;

/** Trust, watched words and limits, as pure rules. */
class PostRulesTest {

    static final ModerationSettings SETTINGS = new ModerationSettings(2, 2, 10, 3, 5, 5);

    static PostRules.Facts facts(String raw, int links, long published) {
        return new PostRules.Facts(raw, links, false, published, 0, 0, 0, false, false);
    }

    @Test
    void aNewMembersFirstPostsWaitForApprovalThenTheyArePublished() {
        assertThat(PostRules.decide(facts("Hello", 0, 0), List.of(), SETTINGS)).isInstanceOf(Decision.Hold.class);
        assertThat(PostRules.decide(facts("Hello", 0, 1), List.of(), SETTINGS)).isInstanceOf(Decision.Hold.class);
        assertThat(PostRules.decide(facts("Hello", 0, 2), List.of(), SETTINGS)).isInstanceOf(Decision.Publish.class);
        var none = new ModerationSettings(0, 2, 10, 3, 5, 5);
        assertThat(PostRules.decide(facts("Hello", 0, 0), List.of(), none)).isInstanceOf(Decision.Publish.class);
    }

    @Test
    void newMembersAreLimitedInLinksAndPostsPerDay() {
        assertThat(PostRules.decide(facts("links", 3, 0), List.of(), SETTINGS))
                .isEqualTo(new Decision.Refuse("moderation.newMember.links"));
        assertThat(PostRules.decide(facts("links", 3, 5), List.of(), SETTINGS)).isInstanceOf(Decision.Publish.class);
        var busy = new PostRules.Facts("x", 0, false, 1, 0, 10, 0, false, false);
        assertThat(PostRules.decide(busy, List.of(), SETTINGS))
                .isEqualTo(new Decision.Refuse("moderation.newMember.posts"));
    }

    @Test
    void everyoneButModeratorsIsRateLimited() {
        var fast = new PostRules.Facts("x", 0, false, 50, 5, 5, 0, false, false);
        assertThat(PostRules.decide(fast, List.of(), SETTINGS)).isEqualTo(new Decision.Refuse("moderation.rate.posts"));
        var topics = new PostRules.Facts("x", 0, true, 50, 0, 5, 5, false, false);
        assertThat(PostRules.decide(topics, List.of(), SETTINGS))
                .isEqualTo(new Decision.Refuse("moderation.rate.topics"));
        var moderator = new PostRules.Facts("x", 9, true, 0, 50, 50, 50, false, true);
        assertThat(PostRules.decide(moderator, List.of(), SETTINGS)).isInstanceOf(Decision.Publish.class);
    }

    @Test
    void watchedWordsBlockHoldOrCensorWholeWordsWhateverTheCase() {
        var words = List.of(
                new PostRules.Word("casino", WatchedWordAction.BLOCK),
                new PostRules.Word("visa", WatchedWordAction.REQUIRE_APPROVAL),
                new PostRules.Word("idiot", WatchedWordAction.CENSOR));
        assertThat(PostRules.decide(facts("Best CASINO!", 0, 9), words, SETTINGS))
                .isEqualTo(new Decision.Refuse("moderation.word.blocked"));
        assertThat(PostRules.decide(facts("casinos nearby", 0, 9), words, SETTINGS))
                .as("whole words only")
                .isInstanceOf(Decision.Publish.class);
        assertThat(PostRules.decide(facts("Cheap visa here", 0, 9), words, SETTINGS))
                .isEqualTo(new Decision.Hold("Cheap visa here", "moderation.reason.watchedWord"));
        assertThat(PostRules.decide(facts("What an Idiot, idiot.", 0, 9), words, SETTINGS))
                .isEqualTo(new Decision.Publish("What an ■■■, ■■■."));
    }

    @Test
    void silencedMembersCannotPostAtAll() {
        var silenced = new PostRules.Facts("x", 0, false, 50, 0, 0, 0, true, true);
        assertThat(PostRules.decide(silenced, List.of(), SETTINGS))
                .isEqualTo(new Decision.Refuse("moderation.silenced"));
    }
}
