package org.passerelle.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.PostStatus;
import org.passerelle.communities.PostSummary;
import org.passerelle.moderation.internal.Flag;
import org.passerelle.moderation.internal.FlagRepository;
import org.passerelle.moderation.internal.Moderators;
import org.passerelle.moderation.internal.StaffLog;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's review queue, for its moderators (and administrators): posts waiting for approval, flagged and
 * hidden; approve, reject, hide or edit them, or dismiss the flags. Every action is logged.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class ReviewService {

    private final ForumModerationService store;
    private final FlagRepository flags;
    private final Moderators moderators;
    private final StaffLog log;
    private final AccountContacts contacts;

    ReviewService(
            ForumModerationService store,
            FlagRepository flags,
            Moderators moderators,
            StaffLog log,
            AccountContacts contacts) {
        this.store = store;
        this.flags = flags;
        this.moderators = moderators;
        this.log = log;
        this.contacts = contacts;
    }

    /** Pending, hidden and flagged posts of the community, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(long communityId) {
        moderators.requireFor(communityId);
        var posts = new LinkedHashMap<Long, PostSummary>();
        store.inCommunity(communityId, EnumSet.of(PostStatus.PENDING, PostStatus.HIDDEN))
                .forEach(p -> posts.put(p.id(), p));
        store.byIds(flags.openPostIds()).stream()
                .filter(p -> p.communityId() == communityId && p.status() == PostStatus.PUBLISHED)
                .forEach(p -> posts.put(p.id(), p));
        var open = flags.findByStatusAndPostIdIn(Flag.OPEN, posts.keySet());
        var items = new ArrayList<ReviewItem>();
        for (var post : posts.values()) {
            items.add(new ReviewItem(
                    post.id(),
                    post.topicId(),
                    post.topicTitle(),
                    post.number(),
                    post.authorId() == null
                            ? ""
                            : contacts.of(post.authorId())
                                    .map(AccountContacts.Contact::displayName)
                                    .orElse(""),
                    post.authorId(),
                    post.raw(),
                    post.cooked(),
                    post.status(),
                    open.stream()
                            .filter(f -> f.getPostId() == post.id())
                            .map(f -> f.getReason().name() + (f.getNote().isEmpty() ? "" : ": " + f.getNote()))
                            .toList(),
                    post.createdAt()));
        }
        items.sort(Comparator.comparing(ReviewItem::createdAt));
        return items;
    }

    /** Publishes a pending or hidden post (or keeps a flagged one) and closes its flags. */
    public void approve(long postId) {
        act(postId, PostStatus.PUBLISHED, StaffActionType.APPROVE_POST, "");
    }

    public void reject(long postId, String reason) {
        act(postId, PostStatus.REJECTED, StaffActionType.REJECT_POST, reason);
    }

    public void hide(long postId, String reason) {
        act(postId, PostStatus.HIDDEN, StaffActionType.HIDE_POST, reason);
    }

    /** Closes the flags of a post and leaves it as it is. */
    public void dismissFlags(long postId) {
        var post = post(postId);
        var me = moderators.requireFor(post.communityId());
        closeFlags(postId);
        log.record(post.communityId(), me, StaffActionType.DISMISS_FLAGS, post.authorId(), post.topicId(), postId, "");
    }

    /** A moderator's edit of a post (the earlier text is kept in its history). */
    public void edit(long postId, String raw, String reason) {
        if (raw == null || raw.isBlank() || raw.length() > PostForm.MAX_LENGTH) {
            throw new RefusedException("post.body.required");
        }
        var post = post(postId);
        var me = moderators.requireFor(post.communityId());
        store.edit(postId, raw);
        log.record(post.communityId(), me, StaffActionType.EDIT_POST, post.authorId(), post.topicId(), postId, reason);
    }

    private void act(long postId, PostStatus status, StaffActionType action, String reason) {
        var post = post(postId);
        var me = moderators.requireFor(post.communityId());
        store.setStatus(postId, status);
        closeFlags(postId);
        log.record(post.communityId(), me, action, post.authorId(), post.topicId(), postId, reason);
    }

    private void closeFlags(long postId) {
        flags.findByPostIdAndStatus(postId, Flag.OPEN).forEach(Flag::resolve);
    }

    private PostSummary post(long postId) {
        return store.post(postId).orElseThrow(() -> new RefusedException("post.none"));
    }
}
