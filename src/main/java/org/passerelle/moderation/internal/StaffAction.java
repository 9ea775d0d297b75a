package org.passerelle.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.moderation.StaffActionType;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

/** One moderation action, as the staff log keeps it; never changed. */
@Entity
@Table(name = "staff_action")
public class StaffAction extends AbstractEntity {

    private Long communityId;
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StaffActionType action;

    private Long targetUserId;
    private Long topicId;
    private Long postId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false)
    private Instant createdAt;

    protected StaffAction() {}

    public StaffAction(
            Long communityId,
            Long actorId,
            StaffActionType action,
            Long targetUserId,
            Long topicId,
            Long postId,
            String reason,
            Instant now) {
        this.communityId = communityId;
        this.actorId = actorId;
        this.action = action;
        this.targetUserId = targetUserId;
        this.topicId = topicId;
        this.postId = postId;
        this.reason = Texts.strip(reason);
        this.createdAt = now;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getActorId() {
        return actorId;
    }

    public StaffActionType getAction() {
        return action;
    }

    public Long getTargetUserId() {
        return targetUserId;
    }

    public Long getTopicId() {
        return topicId;
    }

    public Long getPostId() {
        return postId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
