package org.passerelle.moderation.internal;

import java.time.Clock;
import org.passerelle.moderation.StaffActionType;
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

    /**
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
        actions.save(
                new StaffAction(communityId, actorId, action, targetUserId, topicId, postId, reason, clock.instant()));
    }
}
