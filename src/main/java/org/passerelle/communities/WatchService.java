package org.passerelle.communities;

import org.passerelle.communities.internal.CommunityAccess;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.communities.internal.Watch;
import org.passerelle.communities.internal.WatchRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How closely the signed-in member follows a topic or a community. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WatchService {

    private final WatchRepository watches;
    private final TopicRepository topics;
    private final CommunityAccess access;

    WatchService(WatchRepository watches, TopicRepository topics, CommunityAccess access) {
        this.watches = watches;
        this.topics = topics;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public WatchLevel topicLevel(long topicId) {
        return watches.findByUserIdAndTopicId(access.me(), topicId)
                .map(Watch::getLevel)
                .orElse(WatchLevel.NORMAL);
    }

    @Transactional(readOnly = true)
    public WatchLevel communityLevel(long communityId) {
        return watches.findByUserIdAndCommunityId(access.me(), communityId)
                .map(Watch::getLevel)
                .orElse(WatchLevel.NORMAL);
    }

    public void watchTopic(long topicId, WatchLevel level) {
        topics.findById(topicId).orElseThrow(() -> new RefusedException("topic.none"));
        var me = access.me();
        watches.findByUserIdAndTopicId(me, topicId)
                .ifPresentOrElse(w -> w.setLevel(level), () -> watches.save(Watch.topic(me, topicId, level)));
    }

    public void watchCommunity(long communityId, WatchLevel level) {
        access.community(communityId);
        var me = access.me();
        watches.findByUserIdAndCommunityId(me, communityId)
                .ifPresentOrElse(w -> w.setLevel(level), () -> watches.save(Watch.community(me, communityId, level)));
    }
}
