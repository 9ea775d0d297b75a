package org.passerelle.moderation.internal;

import java.time.Clock;
import org.passerelle.moderation.StaffActionType;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;

/** Writes the staff action log: every moderation action, with who, when, what and why. */
@Component
public class StaffLog {

    private final StaffActionRepository actions;
    private final Clock clock;

    StaffLog(StaffActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    public static final int MAX_REASON = 2000;

    /** Refuses a reason longer than {@link #MAX_REASON}; for actions that store the reason before logging it. */
    public static void checkReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new RefusedException("moderation.reason.length");
        }
    }

    /**
     * Records an action in the same transaction as the action itself; a reason longer than {@link #MAX_REASON} is
     * refused, and the action with it.
     *
     * @param actorId null when the platform acted
     */
    public void record(
            Long communityId,
            Long actorId,
            StaffActionType action,
            Long targetUserId,
            Long topicId,
            Long postId,
            String reason) {
        checkReason(reason);
        actions.save(
                new StaffAction(communityId, actorId, action, targetUserId, topicId, postId, reason, clock.instant()));
    }
}
