package org.passerelle.communities;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.communities.internal.CommunityAccess;
import org.passerelle.communities.internal.Post;
import org.passerelle.communities.internal.PostPublishing;
import org.passerelle.communities.internal.PostRepository;
import org.passerelle.communities.internal.PostRevision;
import org.passerelle.communities.internal.PostRevisionRepository;
import org.passerelle.communities.internal.Topic;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and topics as moderators act on them: a post's status (through the one place that publishes a post), their
 * edits (kept as revisions), moving posts and topics, a topic's state. Moderators of the community and administrators
 * only: every method that reads or changes a post or topic checks its community, not just the role. Two reads are for
 * every signed-in member (whether they moderate a community, published posts) and one write, hiding a post members
 * flagged enough, is decided by the gatekeeper's rule. The moderation module's services log each action.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class ForumModerationService {

    private final PostRepository posts;
    private final TopicRepository topics;
    private final PostRevisionRepository revisions;
    private final CommunityAccess access;
    private final PostPublishing publishing;
    private final ObjectProvider<Gatekeeper> gatekeeper;
    private final EntityManager entityManager;
    private final Clock clock;

    ForumModerationService(
            PostRepository posts,
            TopicRepository topics,
            PostRevisionRepository revisions,
            CommunityAccess access,
            PostPublishing publishing,
            ObjectProvider<Gatekeeper> gatekeeper,
            EntityManager entityManager,
            Clock clock) {
        this.posts = posts;
        this.topics = topics;
        this.revisions = revisions;
        this.access = access;
        this.publishing = publishing;
        this.gatekeeper = gatekeeper;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The signed-in user's id, if they moderate the community (administrators moderate all); refused otherwise. */
    @Transactional(readOnly = true)
    public long requireModerator(long communityId) {
        access.moderated(communityId);
        return access.me();
    }

    /** Whether the signed-in user moderates the community (administrators moderate all). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean moderates(long communityId) {
        return access.moderates(communityId);
    }

    /** A post of a community the signed-in user moderates (refused for another community; empty if there is none). */
    @Transactional(readOnly = true)
    public Optional<PostSummary> post(long postId) {
        return posts.findById(postId).map(this::summary).map(p -> moderatedBy(p.communityId(), p));
    }

    /** Those of these posts that are published, in no particular order: search results, a post a member flags. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PostSummary> published(Collection<Long> ids) {
        return posts.findAllById(ids).stream()
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED)
                .map(this::summary)
                .toList();
    }

    /** Posts of a community the signed-in user moderates, in these statuses, oldest first. */
    @Transactional(readOnly = true)
    public List<PostSummary> inCommunity(long communityId, Collection<PostStatus> statuses) {
        access.moderated(communityId);
        return posts.inCommunity(communityId, statuses).stream()
                .map(this::summary)
                .toList();
    }

    /** Those of these posts that belong to a community the signed-in user moderates. */
    @Transactional(readOnly = true)
    public List<PostSummary> byIds(Collection<Long> ids) {
        return posts.findAllById(ids).stream()
                .map(this::summary)
                .filter(p -> moderates(p.communityId()))
                .toList();
    }

    /** A topic of a community the signed-in user moderates (refused for another community; empty if there is none). */
    @Transactional(readOnly = true)
    public Optional<TopicState> topic(long topicId) {
        return topics.findById(topicId).map(ForumModerationService::state).map(t -> moderatedBy(t.communityId(), t));
    }

    /** Publishes, hides, rejects (…) a post, keeping its topic's count of published posts right. */
    public void setStatus(long postId, PostStatus status) {
        var post = moderated(postId);
        publishing.move(post, topic(post), status);
    }

    /**
     * Hides a published post that members flagged enough (the gatekeeper's rule) until a moderator reviews it: any
     * signed-in member's flag may be the one that hides it; nobody may hide a post the rule does not hide.
     */
    @PreAuthorize("isAuthenticated()")
    public void hideFlagged(long postId) {
        var post = posts.findById(postId)
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED)
                .orElseThrow(() -> new RefusedException("post.none"));
        var keeper = gatekeeper.getIfAvailable();
        if (keeper == null || !keeper.flaggedEnough(postId)) {
            throw new RefusedException("post.flagsNotEnough");
        }
        publishing.move(post, topic(post), PostStatus.HIDDEN);
    }

    /**
     * Moves a post (not a topic's first) to the end of another topic, keeping both topics' counters right; the
     * moderator must moderate both communities. The target topic is locked while its next number is taken.
     */
    public PostSummary movePost(long postId, long toTopicId) {
        var post = moderated(postId);
        if (post.getNumber() == 1) {
            throw new RefusedException("moderation.movePost.first");
        }
        if (post.getTopicId() == toTopicId) {
            throw new RefusedException("moderation.movePost.same");
        }
        var source = topic(post);
        var target = topics.lockById(toTopicId).orElseThrow(() -> new RefusedException("topic.none"));
        access.moderated(target.getCommunityId());
        publishing.moveToTopic(post, source, target, posts.lastNumber(toTopicId) + 1);
        return summary(post);
    }

    /** A moderator's edit of a post; the earlier text is kept as a revision by that moderator. */
    public void edit(long postId, String raw) {
        var post = moderated(postId);
        var now = clock.instant();
        revisions.save(new PostRevision(postId, access.me(), post.getRaw(), now));
        post.edit(raw, now);
    }

    /** Locks, closes, pins, slows or moves a topic (to a community the moderator also moderates). */
    public TopicState changeTopic(long topicId, TopicChange change) {
        var topic = topics.findById(topicId).orElseThrow(() -> new RefusedException("topic.none"));
        access.moderated(topic.getCommunityId());
        switch (change) {
            case TopicChange.Lock lock -> topic.setLocked(lock.locked());
            case TopicChange.Close close -> topic.setClosed(close.closed());
            case TopicChange.Pin pin -> topic.setPinned(pin.pinned());
            case TopicChange.SlowMode slow -> topic.setSlowModeSeconds(Math.max(0, slow.seconds()));
            case TopicChange.Move move ->
                topic.moveTo(access.moderated(move.communityId()).getId());
        }
        // the posts' index entries carry the topic's community and state
        var plan = Search.session(entityManager).indexingPlan();
        posts.findByTopicId(topicId).forEach(plan::addOrUpdate);
        return state(topic);
    }

    /** A change a moderator makes to a topic. */
    public sealed interface TopicChange {
        record Lock(boolean locked) implements TopicChange {}

        record Close(boolean closed) implements TopicChange {}

        record Pin(boolean pinned) implements TopicChange {}

        record SlowMode(int seconds) implements TopicChange {}

        record Move(long communityId) implements TopicChange {}
    }

    private <T> T moderatedBy(long communityId, T thing) {
        access.moderated(communityId);
        return thing;
    }

    /** The post, if the signed-in user moderates its community; refused otherwise. */
    private Post moderated(long postId) {
        var post = posts.findById(postId).orElseThrow(() -> new RefusedException("post.none"));
        access.moderated(topic(post).getCommunityId());
        return post;
    }

    private Topic topic(Post post) {
        return topics.findById(post.getTopicId()).orElseThrow(() -> new RefusedException("topic.none"));
    }

    private PostSummary summary(Post post) {
        var topic = topic(post);
        return new PostSummary(
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

    private static TopicState state(Topic topic) {
        return new TopicState(
                topic.getId(),
                topic.getCommunityId(),
                topic.getTitle(),
                topic.isClosed(),
                topic.isLocked(),
                topic.isPinned(),
                topic.getSlowModeSeconds());
    }
}
