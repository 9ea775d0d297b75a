package org.passerelle.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.moderation.PenaltyKind;
import org.passerelle.moderation.PostRules;
import org.springframework.stereotype.Component;

/** The communities' gatekeeper: gathers the facts about a post and its author and applies {@link PostRules}. */
@Component
class ModerationGatekeeper implements Gatekeeper {

    private final FlagRepository flags;
    private final WatchedWordRepository words;
    private final PenaltyRepository penalties;
    private final SettingsStore settings;
    private final Clock clock;

    ModerationGatekeeper(
            FlagRepository flags,
            WatchedWordRepository words,
            PenaltyRepository penalties,
            SettingsStore settings,
            Clock clock) {
        this.flags = flags;
        this.words = words;
        this.penalties = penalties;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Decision review(Draft draft) {
        var now = clock.instant();
        var author = draft.authorId();
        var silenced = penalties.findByUserIdAndKindAndLiftedAtIsNull(author, PenaltyKind.SILENCE).stream()
                .anyMatch(p -> p.activeAt(now));
        var current = settings.load();
        var facts = new PostRules.Facts(
                draft.raw(),
                draft.links(),
                draft.topicId() == null,
                draft.history().publishedPosts(Math.max(1, current.approvalPosts())),
                draft.history().postsSince(now.minus(Duration.ofMinutes(1))),
                draft.history().postsSince(now.minus(Duration.ofDays(1))),
                draft.history().topicsSince(now.minus(Duration.ofDays(1))),
                silenced,
                draft.authorModerates());
        var watched = words.findAll().stream()
                .map(w -> new PostRules.Word(w.getWord(), w.getAction()))
                .toList();
        return PostRules.decide(facts, watched, current);
    }

    @Override
    public boolean flaggedEnough(long postId) {
        return flags.countByPostIdAndStatus(postId, Flag.OPEN)
                >= settings.load().flagsToHide();
    }
}
