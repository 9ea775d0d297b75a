package org.passerelle.moderation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.passerelle.communities.Gatekeeper.Decision;

/**
 * The rules a post goes through, as pure functions: watched words (block, require approval, censor), then trust and
 * limits. Moderators' posts skip trust and limits, never watched words that block.
 */
public final class PostRules {

    /** What the rules know of a post and its author. */
    public record Facts(
            String raw,
            int links,
            boolean newTopic,
            long authorPublishedPosts,
            long authorPostsLastMinute,
            long authorPostsLastDay,
            long authorTopicsLastDay,
            boolean silenced,
            boolean moderator) {}

    public record Word(String word, WatchedWordAction action) {}

    public static final String CENSORED = "■■■";

    public static Decision decide(Facts facts, List<Word> words, ModerationSettings settings) {
        if (facts.silenced()) {
            return new Decision.Refuse("moderation.silenced");
        }
        var raw = facts.raw();
        var hold = false;
        for (var word : words) {
            var pattern = pattern(word.word());
            if (!pattern.matcher(raw).find()) {
                continue;
            }
            switch (word.action()) {
                case BLOCK -> {
                    return new Decision.Refuse("moderation.word.blocked");
                }
                case REQUIRE_APPROVAL -> hold = true;
                case CENSOR -> raw = pattern.matcher(raw).replaceAll(CENSORED);
            }
        }
        if (!facts.moderator()) {
            if (facts.authorPostsLastMinute() >= settings.postsPerMinute()) {
                return new Decision.Refuse("moderation.rate.posts");
            }
            if (facts.newTopic() && facts.authorTopicsLastDay() >= settings.topicsPerDay()) {
                return new Decision.Refuse("moderation.rate.topics");
            }
            var isNew = facts.authorPublishedPosts() < settings.approvalPosts();
            if (isNew && facts.links() > settings.newMemberLinks()) {
                return new Decision.Refuse("moderation.newMember.links");
            }
            if (isNew && facts.authorPostsLastDay() >= settings.newMemberPostsPerDay()) {
                return new Decision.Refuse("moderation.newMember.posts");
            }
            if (isNew) {
                return new Decision.Hold(raw, "moderation.reason.newMember");
            }
        }
        return hold ? new Decision.Hold(raw, "moderation.reason.watchedWord") : new Decision.Publish(raw);
    }

    /** The word as a whole word, case and accents as written but case-insensitive. */
    static Pattern pattern(String word) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip().toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private PostRules() {}
}
