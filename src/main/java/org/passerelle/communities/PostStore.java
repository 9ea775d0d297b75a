package org.passerelle.communities;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.communities.internal.CommunityRepository;
import org.passerelle.communities.internal.Post;
import org.passerelle.communities.internal.PostRepository;
import org.passerelle.communities.internal.PostRevision;
import org.passerelle.communities.internal.PostRevisionRepository;
import org.passerelle.communities.internal.Topic;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and topics as the moderation module acts on them: statuses (keeping topic counters in step), moderator edits
 * (kept as revisions), topic states, counts for trust and rate limits. Server-side only: the moderation services
 * check who may act.
 */
@Component
public class PostStore {

    /** A post and where it stands. */
    public record PostInfo(
            long id,
            long topicId,
            String topicTitle,
            long communityId,
            Long authorId,
            int number,
            String raw,
            String cooked,
            PostStatus status,
            Instant createdAt) {}

    /** A topic's place and state. */
    public record TopicInfo(
            long id,
            long communityId,
            String title,
            boolean closed,
            boolean locked,
            boolean pinned,
            int slowModeSeconds) {}

    private final PostRepository posts;
    private final TopicRepository topics;
    private final PostRevisionRepository revisions;
    private final CommunityRepository communities;
    private final org.passerelle.communities.internal.ForumNotifier notifier;
    private final jakarta.persistence.EntityManager entityManager;
    private final Clock clock;

    PostStore(
            PostRepository posts,
            TopicRepository topics,
            PostRevisionRepository revisions,
            CommunityRepository communities,
            org.passerelle.communities.internal.ForumNotifier notifier,
            jakarta.persistence.EntityManager entityManager,
            Clock clock) {
        this.posts = posts;
        this.topics = topics;
        this.revisions = revisions;
        this.communities = communities;
        this.notifier = notifier;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PostInfo> post(long postId) {
        return posts.findById(postId).map(this::info);
    }

    /** Posts of a community in these statuses, oldest first. */
    @Transactional(readOnly = true)
    public List<PostInfo> inCommunity(long communityId, Collection<PostStatus> statuses) {
        return posts.inCommunity(communityId, statuses).stream().map(this::info).toList();
    }

    @Transactional(readOnly = true)
    public List<PostInfo> byIds(Collection<Long> ids) {
        return posts.findAllById(ids).stream().map(this::info).toList();
    }

    /** Changes a post's status, keeping its topic's count of published posts right. */
    @Transactional
    public void setStatus(long postId, PostStatus status) {
        var post = find(postId);
        var topic = topic(post.getTopicId());
        var was = post.getStatus();
        if (was == status) {
            return;
        }
        post.setStatus(status);
        if (was == PostStatus.PUBLISHED) {
            topic.unpublished();
        } else if (status == PostStatus.PUBLISHED) {
            topic.published(post.getCreatedAt());
            if (was == PostStatus.PENDING) {
                notifier.published(post);
            }
        }
    }

    /**
     * Moves a post (not a topic's first) to the end of another topic, keeping both topics' counters right. The
     * target topic is locked while its next number is taken, as a reply does.
     */
    @Transactional
    public PostInfo movePost(long postId, long toTopicId) {
        var post = find(postId);
        if (post.getNumber() == 1) {
            throw new RefusedException("moderation.movePost.first");
        }
        if (post.getTopicId() == toTopicId) {
            throw new RefusedException("moderation.movePost.same");
        }
        var source = topic(post.getTopicId());
        var target = topics.lockById(toTopicId).orElseThrow(() -> new RefusedException("topic.none"));
        post.moveTo(target, posts.lastNumber(toTopicId) + 1);
        if (post.getStatus() == PostStatus.PUBLISHED) {
            source.unpublished();
            target.published(post.getCreatedAt());
        }
        return info(post);
    }

    /** A moderator's edit of a post; the earlier text is kept as a revision by that moderator. */
    @Transactional
    public void edit(long postId, String raw, long editorId) {
        var post = find(postId);
        var now = clock.instant();
        revisions.save(new PostRevision(postId, editorId, post.getRaw(), now));
        post.edit(raw, now);
    }

    @Transactional(readOnly = true)
    public Optional<TopicInfo> topicInfo(long topicId) {
        return topics.findById(topicId).map(PostStore::info);
    }

    @Transactional
    public TopicInfo changeTopic(long topicId, TopicChange change) {
        var topic = topic(topicId);
        switch (change) {
            case TopicChange.Lock lock -> topic.setLocked(lock.locked());
            case TopicChange.Close close -> topic.setClosed(close.closed());
            case TopicChange.Pin pin -> topic.setPinned(pin.pinned());
            case TopicChange.SlowMode slow -> topic.setSlowModeSeconds(Math.max(0, slow.seconds()));
            case TopicChange.Move move -> {
                communities.findById(move.communityId()).orElseThrow(() -> new RefusedException("community.none"));
                topic.moveTo(move.communityId());
            }
        }
        // the posts' index entries carry the topic's community and state
        var plan = org.hibernate.search.mapper.orm.Search.session(entityManager).indexingPlan();
        posts.findByTopicId(topicId).forEach(plan::addOrUpdate);
        return info(topic);
    }

    /** A change a moderator makes to a topic. */
    public sealed interface TopicChange {
        record Lock(boolean locked) implements TopicChange {}

        record Close(boolean closed) implements TopicChange {}

        record Pin(boolean pinned) implements TopicChange {}

        record SlowMode(int seconds) implements TopicChange {}

        record Move(long communityId) implements TopicChange {}
    }

    /** Whether the user moderates the community (administrators moderate every community: checked by callers). */
    @Transactional(readOnly = true)
    public boolean moderates(long userId, long communityId) {
        return communities
                .findById(communityId)
                .map(c -> c.getModerators().contains(userId))
                .orElse(false);
    }

    /** The author's published posts, counted up to {@code cap} (enough to know whether they are still new). */
    @Transactional(readOnly = true)
    public long publishedBy(long authorId, int cap) {
        return posts.publishedCapped(authorId, cap);
    }

    /** Posts written by the author since then, whatever became of them. */
    @Transactional(readOnly = true)
    public long postsSince(long authorId, Instant since) {
        return posts.countByAuthorIdAndCreatedAtAfter(authorId, since);
    }

    /** Topics started by the author since then. */
    @Transactional(readOnly = true)
    public long topicsSince(long authorId, Instant since) {
        return topics.countByAuthorIdAndCreatedAtAfter(authorId, since);
    }

    private Post find(long postId) {
        return posts.findById(postId).orElseThrow(() -> new RefusedException("post.none"));
    }

    private Topic topic(long topicId) {
        return topics.findById(topicId).orElseThrow(() -> new RefusedException("topic.none"));
    }

    private PostInfo info(Post post) {
        var topic = topic(post.getTopicId());
        return new PostInfo(
                post.getId(),
                topic.getId(),
                topic.getTitle(),
                topic.getCommunityId(),
                post.getAuthorId(),
                post.getNumber(),
                post.getRaw(),
                post.getCooked(),
                post.getStatus(),
                post.getCreatedAt());
    }

    private static TopicInfo info(Topic topic) {
        return new TopicInfo(
                topic.getId(),
                topic.getCommunityId(),
                topic.getTitle(),
                topic.isClosed(),
                topic.isLocked(),
                topic.isPinned(),
                topic.getSlowModeSeconds());
    }
}
