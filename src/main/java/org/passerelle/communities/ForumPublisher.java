package org.passerelle.communities;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.communities.internal.CommunityRepository;
import org.passerelle.communities.internal.Post;
import org.passerelle.communities.internal.PostPublishing;
import org.passerelle.communities.internal.PostRepository;
import org.passerelle.communities.internal.Topic;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a topic on behalf of another module (a completed mission's summary, written by its institution) in a
 * sector's community: in the signed-in representative's own name, or by the system (the demo data).
 */
@Component
public class ForumPublisher {

    private final CommunityRepository communities;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final PostPublishing publishing;
    private final CurrentUser currentUser;
    private final SystemTasks system;
    private final Clock clock;

    ForumPublisher(
            CommunityRepository communities,
            TopicRepository topics,
            PostRepository posts,
            PostPublishing publishing,
            CurrentUser currentUser,
            SystemTasks system,
            Clock clock) {
        this.communities = communities;
        this.topics = topics;
        this.posts = posts;
        this.publishing = publishing;
        this.currentUser = currentUser;
        this.system = system;
        this.clock = clock;
    }

    /** The topic id; refused if the sector has no community, or if the author is not the one publishing. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM', 'INSTITUTION_REP')")
    public long publish(String sectorCode, long authorId, String title, String body) {
        if (!system.running() && currentUser.get().map(u -> u.id() != authorId).orElse(true)) {
            throw new RefusedException("community.notAuthor");
        }
        var community =
                communities.findBySectorCode(sectorCode).orElseThrow(() -> new RefusedException("community.none"));
        var now = clock.instant();
        var topic = topics.save(new Topic(community.getId(), authorId, title, List.of(), now));
        var post = new Post(topic.getId(), authorId, 1, body, null, PostStatus.PUBLISHED, now);
        post.indexWith(topic);
        publishing.written(posts.save(post), topic);
        return topic.getId();
    }
}
