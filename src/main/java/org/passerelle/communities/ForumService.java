package org.passerelle.communities;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.communities.internal.CommunityAccess;
import org.passerelle.communities.internal.Drafts;
import org.passerelle.communities.internal.ForumTables;
import org.passerelle.communities.internal.Post;
import org.passerelle.communities.internal.PostPublishing;
import org.passerelle.communities.internal.PostRepository;
import org.passerelle.communities.internal.PostRevision;
import org.passerelle.communities.internal.PostRevisionRepository;
import org.passerelle.communities.internal.Topic;
import org.passerelle.communities.internal.TopicRepository;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Topics and posts. Signed-in users read; members post (each post through the {@link Gatekeeper}: published, held
 * for approval or refused); authors edit (the earlier text is kept) and delete within a grace period; members like
 * others' posts. Topics open in chunks of {@link #CHUNK} posts, never all at once.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ForumService {

    public static final int CHUNK = 20;

    private final TopicRepository topics;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ForumTables tables;
    private final CommunityAccess access;
    private final AccountContacts contacts;
    private final ObjectProvider<Gatekeeper> gatekeeper;
    private final Drafts drafts;
    private final PostPublishing publishing;
    private final Duration deleteGrace;
    private final Clock clock;

    private final RateLimiter rateLimiter;

    ForumService(
            RateLimiter rateLimiter,
            TopicRepository topics,
            PostRepository posts,
            PostRevisionRepository revisions,
            ForumTables tables,
            CommunityAccess access,
            AccountContacts contacts,
            ObjectProvider<Gatekeeper> gatekeeper,
            Drafts drafts,
            PostPublishing publishing,
            @Value("${passerelle.forum.delete-grace:PT24H}") Duration deleteGrace,
            Clock clock) {
        this.rateLimiter = rateLimiter;
        this.topics = topics;
        this.posts = posts;
        this.revisions = revisions;
        this.tables = tables;
        this.access = access;
        this.contacts = contacts;
        this.gatekeeper = gatekeeper;
        this.drafts = drafts;
        this.publishing = publishing;
        this.deleteGrace = deleteGrace;
        this.clock = clock;
    }

    /** A page of a community's topics (pinned first), with the reader's unread counts. */
    @Transactional(readOnly = true)
    public List<TopicSummary> topics(long communityId, TopicSort sort, int offset, int limit) {
        access.community(communityId);
        var me = access.me();
        var page = PageRequest.of(offset / Math.max(1, limit), Math.min(limit, 100));
        var found = switch (sort == null ? TopicSort.LATEST : sort) {
            case LATEST -> topics.latest(communityId, page);
            case NEW -> topics.newest(communityId, page);
            case TOP -> topics.top(communityId, page);
        };
        return found.stream()
                .filter(t -> t.getPostCount() > 0 || me == nullSafe(t.getAuthorId()))
                .map(t -> {
                    var read = tables.lastRead(t.getId(), me);
                    return new TopicSummary(
                            t.getId(),
                            t.getTitle(),
                            name(t.getAuthorId()),
                            t.tagList(),
                            t.isPinned(),
                            t.isClosed(),
                            t.getPostCount(),
                            t.getLikeCount(),
                            t.getCreatedAt(),
                            t.getLastActivityAt(),
                            read < 0 ? t.getPostCount() : posts.publishedAfter(t.getId(), read),
                            read < 0);
                })
                .toList();
    }

    /**
     * The topic and its posts from number {@code from} on ({@link #CHUNK} at most), remembered as read. Readers see
     * published posts, and their own pending ones; moderators see every post but deleted ones.
     */
    public TopicDetails topic(long topicId, int from) {
        var topic = find(topicId);
        var community = access.community(topic.getCommunityId());
        var membership = access.membership(community);
        var me = access.me();
        var statuses = membership == Membership.MODERATOR
                ? EnumSet.of(PostStatus.PUBLISHED, PostStatus.PENDING, PostStatus.HIDDEN)
                : EnumSet.of(PostStatus.PUBLISHED, PostStatus.PENDING);
        var chunk = posts.chunk(topicId, Math.max(1, from), statuses, Limit.of(CHUNK)).stream()
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED
                        || membership == Membership.MODERATOR
                        || me == nullSafe(p.getAuthorId()))
                .toList();
        var liked = tables.likedAmong(chunk.stream().map(Post::getId).toList(), me);
        if (!chunk.isEmpty()) {
            tables.read(topicId, me, chunk.getLast().getNumber());
        }
        return new TopicDetails(
                topic.getId(),
                topic.getCommunityId(),
                topic.getTitle(),
                topic.tagList(),
                topic.isClosed(),
                topic.isLocked(),
                topic.isPinned(),
                topic.getPostCount(),
                chunk.stream().map(p -> view(p, liked.contains(p.getId()), me)).toList(),
                membership);
    }

    /** Starts a topic with its first post; returns the topic id (its post may wait for approval). */
    public long createTopic(long communityId, @Valid TopicForm form) {
        var community = access.community(communityId);
        requireMember(access.membership(community));
        rateLimiter.check(RateLimit.POSTING);
        var allowed = community.tagList();
        if (!allowed.containsAll(form.getTags())) {
            throw new RefusedException("topic.tags.unknown");
        }
        var me = access.me();
        var decision = review(me, communityId, null, form.getBody());
        var now = clock.instant();
        var topic = topics.save(new Topic(communityId, me, form.getTitle(), form.getTags(), now));
        write(topic, me, 1, decision, null, now);
        return topic.getId();
    }

    /** Replies in a topic (closed and locked topics take replies from moderators only). */
    public PostDetails reply(long topicId, @Valid PostForm form) {
        var topic = topics.lockById(topicId).orElseThrow(() -> new RefusedException("topic.none"));
        var membership = access.membership(access.community(topic.getCommunityId()));
        requireMember(membership);
        rateLimiter.check(RateLimit.POSTING);
        var me = access.me();
        var now = clock.instant();
        if (membership != Membership.MODERATOR) {
            if (topic.isLocked() || topic.isClosed()) {
                throw new RefusedException(topic.isLocked() ? "topic.locked" : "topic.closed");
            }
            if (topic.getSlowModeSeconds() > 0) {
                var last = posts.lastByAuthorInTopic(topicId, me);
                if (last.isPresent()
                        && last.get().plusSeconds(topic.getSlowModeSeconds()).isAfter(now)) {
                    throw new RefusedException("topic.slowMode");
                }
            }
        }
        var replyTo = form.getReplyTo();
        if (replyTo != null && posts.findByTopicIdAndNumber(topicId, replyTo).isEmpty()) {
            replyTo = null;
        }
        var decision = review(me, topic.getCommunityId(), topicId, form.getBody());
        var post = write(topic, me, posts.lastNumber(topicId) + 1, decision, replyTo, now);
        return view(post, false, me);
    }

    /** The author changes their post; the earlier text is kept as a revision. */
    public PostDetails edit(long postId, @Valid PostForm form) {
        var post = mine(postId);
        if (post.getStatus() != PostStatus.PUBLISHED && post.getStatus() != PostStatus.PENDING) {
            throw new RefusedException("post.notEditable");
        }
        var topic = find(post.getTopicId());
        var me = access.me();
        var decision = review(me, topic.getCommunityId(), topic.getId(), form.getBody());
        var now = clock.instant();
        revisions.save(new PostRevision(postId, me, post.getRaw(), now));
        post.edit(text(decision), now);
        if (decision instanceof Gatekeeper.Decision.Hold && post.getStatus() == PostStatus.PUBLISHED) {
            publishing.move(post, topic, PostStatus.PENDING);
        }
        return view(post, tables.liked(postId, me), me);
    }

    /** The author deletes their post within the grace period after writing it. */
    public void delete(long postId) {
        var post = mine(postId);
        if (post.getCreatedAt().plus(deleteGrace).isBefore(clock.instant())) {
            throw new RefusedException("post.deleteTooLate");
        }
        publishing.move(post, find(post.getTopicId()), PostStatus.DELETED);
    }

    /** Likes a published post of someone else, or takes the like back; returns whether it is now liked. */
    public boolean toggleLike(long postId) {
        var post = posts.findById(postId)
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED)
                .orElseThrow(() -> new RefusedException("post.none"));
        var topic = find(post.getTopicId());
        requireMember(access.membership(access.community(topic.getCommunityId())));
        var me = access.me();
        if (me == nullSafe(post.getAuthorId())) {
            throw new RefusedException("post.like.own");
        }
        if (tables.like(postId, me)) {
            post.liked(1);
            topic.liked(1);
            return true;
        }
        tables.unlike(postId, me);
        post.liked(-1);
        topic.liked(-1);
        return false;
    }

    /** The earlier texts of a post the reader may see, newest first. */
    @Transactional(readOnly = true)
    public List<PostRevisionDetails> revisions(long postId) {
        var post = posts.findById(postId)
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED)
                .orElseThrow(() -> new RefusedException("post.none"));
        access.community(find(post.getTopicId()).getCommunityId());
        return revisions.findByPostIdOrderByEditedAtDesc(postId).stream()
                .map(r -> new PostRevisionDetails(name(r.getEditorId()), r.getEditedAt(), r.getRaw()))
                .toList();
    }

    /** What the post will look like: the same rendering and sanitising as when it is saved. */
    public String preview(String raw) {
        if (raw == null || raw.length() > PostForm.MAX_LENGTH) {
            throw new RefusedException("post.body.tooLong");
        }
        return Markdown.toSafeHtml(raw);
    }

    private Gatekeeper.Decision review(long authorId, long communityId, Long topicId, String raw) {
        var keeper = gatekeeper.getIfAvailable();
        var decision = keeper == null
                ? new Gatekeeper.Decision.Publish(raw)
                : keeper.review(drafts.of(authorId, communityId, topicId, raw));
        if (decision instanceof Gatekeeper.Decision.Refuse refuse) {
            throw new RefusedException(refuse.messageKey());
        }
        return decision;
    }

    private Post write(
            Topic topic, long author, int number, Gatekeeper.Decision decision, Integer replyTo, Instant now) {
        var status = decision instanceof Gatekeeper.Decision.Hold ? PostStatus.PENDING : PostStatus.PUBLISHED;
        var created = new Post(topic.getId(), author, number, text(decision), replyTo, status, now);
        created.indexWith(topic);
        var post = posts.save(created);
        publishing.written(post, topic);
        tables.read(topic.getId(), author, number);
        return post;
    }

    private static String text(Gatekeeper.Decision decision) {
        return switch (decision) {
            case Gatekeeper.Decision.Publish publish -> publish.raw();
            case Gatekeeper.Decision.Hold hold -> hold.raw();
            case Gatekeeper.Decision.Refuse refuse -> throw new IllegalStateException(refuse.messageKey());
        };
    }

    private static void requireMember(Membership membership) {
        if (!membership.canPost()) {
            throw new RefusedException("community.membersOnly");
        }
    }

    private Topic find(long topicId) {
        return topics.findById(topicId).orElseThrow(() -> new RefusedException("topic.none"));
    }

    private Post mine(long postId) {
        var me = access.me();
        return posts.findById(postId)
                .filter(p -> me == nullSafe(p.getAuthorId()))
                .orElseThrow(() -> new RefusedException("post.none"));
    }

    private PostDetails view(Post post, boolean liked, long me) {
        return new PostDetails(
                post.getId(),
                post.getNumber(),
                name(post.getAuthorId()),
                post.getCooked(),
                post.getRaw(),
                post.getStatus(),
                post.getReplyTo(),
                post.getLikeCount(),
                liked,
                me == nullSafe(post.getAuthorId()),
                post.getEditedAt() != null,
                post.getCreatedAt());
    }

    private String name(Long userId) {
        return userId == null
                ? ""
                : contacts.of(userId).map(AccountContacts.Contact::displayName).orElse("");
    }

    private static long nullSafe(Long id) {
        return id == null ? Long.MIN_VALUE : id;
    }
}
