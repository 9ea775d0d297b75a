package org.passerelle.communities;

import java.time.Clock;
import java.util.List;
import org.passerelle.communities.internal.CommunityRepository;
import org.passerelle.communities.internal.ForumNotifier;
import org.passerelle.communities.internal.Post;
import org.passerelle.communities.internal.PostRepository;
import org.passerelle.communities.internal.Topic;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a topic on behalf of another module (a completed mission's summary, written by its institution) in a
 * sector's community. Server-side only: the caller checks who may publish.
 */
@Component
public class ForumPublisher {

    private final CommunityRepository communities;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final ForumNotifier notifier;
    private final Clock clock;

    ForumPublisher(
            CommunityRepository communities,
            TopicRepository topics,
            PostRepository posts,
            ForumNotifier notifier,
            Clock clock) {
        this.communities = communities;
        this.topics = topics;
        this.posts = posts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The topic id; refused if the sector has no community. */
    @Transactional
    public long publish(String sectorCode, long authorId, String title, String body) {
        var community =
                communities.findBySectorCode(sectorCode).orElseThrow(() -> new RefusedException("community.none"));
        var now = clock.instant();
        var topic = topics.save(new Topic(community.getId(), authorId, title, List.of(), now));
        var post = new Post(topic.getId(), authorId, 1, body, null, PostStatus.PUBLISHED, now);
        post.indexWith(topic);
        posts.save(post);
        topic.published(now);
        notifier.published(post);
        return topic.getId();
    }
}
