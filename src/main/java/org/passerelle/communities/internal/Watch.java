package org.passerelle.communities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.passerelle.communities.WatchLevel;
import org.passerelle.shared.AbstractEntity;

/** A member's watch level on a topic or (with no topic) a community. */
@Entity
@Table(name = "forum_watch")
public class Watch extends AbstractEntity {

    @Column(nullable = false)
    private Long userId;

    private Long topicId;

    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WatchLevel level;

    protected Watch() {}

    public static Watch topic(long userId, long topicId, WatchLevel level) {
        var watch = new Watch();
        watch.userId = userId;
        watch.topicId = topicId;
        watch.level = level;
        return watch;
    }

    public static Watch community(long userId, long communityId, WatchLevel level) {
        var watch = new Watch();
        watch.userId = userId;
        watch.communityId = communityId;
        watch.level = level;
        return watch;
    }

    public Long getUserId() {
        return userId;
    }

    public WatchLevel getLevel() {
        return level;
    }

    public void setLevel(WatchLevel level) {
        this.level = level;
    }
}
