package org.passerelle.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.communities.PostStore;
import org.passerelle.moderation.PenaltyKind;
import org.passerelle.moderation.PostRules;
import org.springframework.stereotype.Component;

/** The communities' gatekeeper: gathers the facts about a post and its author and applies {@link PostRules}. */
@Component
class ModerationGatekeeper implements Gatekeeper {

    private final PostStore store;
    private final WatchedWordRepository words;
    private final PenaltyRepository penalties;
    private final SettingsStore settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ModerationGatekeeper(
            PostStore store,
            WatchedWordRepository words,
            PenaltyRepository penalties,
            SettingsStore settings,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.words = words;
        this.penalties = penalties;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Decision review(Draft draft) {
        var now = clock.instant();
        var author = draft.authorId();
        var moderator = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false)
                || store.moderates(author, draft.communityId());
        var silenced = penalties.findByUserIdAndKindAndLiftedAtIsNull(author, PenaltyKind.SILENCE).stream()
                .anyMatch(p -> p.activeAt(now));
        var current = settings.load();
        var facts = new PostRules.Facts(
                draft.raw(),
                draft.links(),
                draft.topicId() == null,
                store.publishedBy(author, Math.max(1, current.approvalPosts())),
                store.postsSince(author, now.minus(Duration.ofMinutes(1))),
                store.postsSince(author, now.minus(Duration.ofDays(1))),
                store.topicsSince(author, now.minus(Duration.ofDays(1))),
                silenced,
                moderator);
        var watched = words.findAll().stream()
                .map(w -> new PostRules.Word(w.getWord(), w.getAction()))
                .toList();
        return PostRules.decide(facts, watched, current);
    }
}
