package org.passerelle.moderation;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.moderation.internal.Flag;
import org.passerelle.moderation.internal.FlagRepository;
import org.passerelle.moderation.internal.StaffLog;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members flag posts with a reason. A post flagged by as many members as the setting says is hidden until a
 * moderator reviews it (the platform's action is logged).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FlagService {

    private final FlagRepository flags;
    private final ForumModerationService store;
    private final Gatekeeper gatekeeper;
    private final StaffLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final RateLimiter rateLimiter;

    FlagService(
            RateLimiter rateLimiter,
            FlagRepository flags,
            ForumModerationService store,
            Gatekeeper gatekeeper,
            StaffLog log,
            CurrentUser currentUser,
            Clock clock) {
        this.rateLimiter = rateLimiter;
        this.flags = flags;
        this.store = store;
        this.gatekeeper = gatekeeper;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Flags a published post of someone else, once; "other" needs a note. Returns whether the post is now hidden. */
    public boolean flag(long postId, FlagReason reason, String note) {
        if (reason == null || (reason == FlagReason.OTHER && (note == null || note.isBlank()))) {
            throw new RefusedException("flag.note.required");
        }
        if (note != null && note.length() > 1000) {
            throw new RefusedException("flag.note.tooLong");
        }
        rateLimiter.check(RateLimit.FLAGGING);
        var me = currentUser.require().id();
        var post = store.published(List.of(postId)).stream()
                .findFirst()
                .orElseThrow(() -> new RefusedException("post.none"));
        if (post.authorId() != null && post.authorId() == me) {
            throw new RefusedException("flag.own");
        }
        if (flags.existsByPostIdAndUserId(postId, me)) {
            throw new RefusedException("flag.already");
        }
        flags.saveAndFlush(new Flag(postId, me, reason, note, clock.instant()));
        if (gatekeeper.flaggedEnough(postId)) {
            store.hideFlagged(postId);
            log.record(
                    post.communityId(),
                    null,
                    StaffActionType.AUTO_HIDE_POST,
                    post.authorId(),
                    post.topicId(),
                    postId,
                    "flags");
            return true;
        }
        return false;
    }
}
