package org.passerelle.moderation;

import org.passerelle.communities.ForumModerationService;
import org.passerelle.communities.ForumModerationService.TopicChange;
import org.passerelle.moderation.internal.Moderators;
import org.passerelle.moderation.internal.StaffLog;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topic actions of a community's moderators: lock, close, pin, slow mode, move to another community (which they must
 * moderate too). Every action is logged.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class TopicModerationService {

    public static final int MAX_SLOW_MODE_SECONDS = 86_400;

    private final ForumModerationService store;
    private final Moderators moderators;
    private final StaffLog log;

    TopicModerationService(ForumModerationService store, Moderators moderators, StaffLog log) {
        this.store = store;
        this.moderators = moderators;
        this.log = log;
    }

    public void lock(long topicId, boolean locked, String reason) {
        change(
                topicId,
                new TopicChange.Lock(locked),
                locked ? StaffActionType.LOCK_TOPIC : StaffActionType.UNLOCK_TOPIC,
                reason);
    }

    public void close(long topicId, boolean closed, String reason) {
        change(
                topicId,
                new TopicChange.Close(closed),
                closed ? StaffActionType.CLOSE_TOPIC : StaffActionType.OPEN_TOPIC,
                reason);
    }

    public void pin(long topicId, boolean pinned) {
        change(
                topicId,
                new TopicChange.Pin(pinned),
                pinned ? StaffActionType.PIN_TOPIC : StaffActionType.UNPIN_TOPIC,
                "");
    }

    /** Minimum seconds between two posts of a member in the topic (0 turns slow mode off; at most a day). */
    public void slowMode(long topicId, int seconds) {
        if (seconds < 0 || seconds > MAX_SLOW_MODE_SECONDS) {
            throw new RefusedException("moderation.slowMode.range");
        }
        change(topicId, new TopicChange.SlowMode(seconds), StaffActionType.SLOW_MODE, seconds + " s");
    }

    public void move(long topicId, long toCommunityId, String reason) {
        moderators.requireFor(toCommunityId);
        change(topicId, new TopicChange.Move(toCommunityId), StaffActionType.MOVE_TOPIC, reason);
    }

    /**
     * Moves a post (a reply, not a topic's opening post) to the end of another topic; the moderator must moderate
     * both communities.
     */
    public void movePost(long postId, long toTopicId, String reason) {
        var post = store.post(postId).orElseThrow(() -> new RefusedException("post.none"));
        var target = store.topic(toTopicId).orElseThrow(() -> new RefusedException("topic.none"));
        var me = moderators.requireFor(post.communityId());
        moderators.requireFor(target.communityId());
        store.movePost(postId, toTopicId);
        log.record(target.communityId(), me, StaffActionType.MOVE_POST, post.authorId(), toTopicId, postId, reason);
    }

    private void change(long topicId, TopicChange change, StaffActionType action, String reason) {
        var topic = store.topic(topicId).orElseThrow(() -> new RefusedException("topic.none"));
        var me = moderators.requireFor(topic.communityId());
        store.changeTopic(topicId, change);
        log.record(topic.communityId(), me, action, null, topicId, null, reason);
    }
}
