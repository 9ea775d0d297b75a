package org.passerelle.communities.internal;

import org.passerelle.communities.PostStatus;
import org.springframework.stereotype.Component;

/**
 * The one place where a post's status or topic changes: the topics' counts of published posts follow, and a post that
 * becomes published for the first time (written by a trusted member, or approved after waiting) is announced to its readers.
 */
@Component
public class PostPublishing {

    private final ForumNotifier notifier;

    PostPublishing(ForumNotifier notifier) {
        this.notifier = notifier;
    }

    /** A post just saved: counted and announced if it was published at once. */
    public void written(Post post, Topic topic) {
        if (post.getStatus() == PostStatus.PUBLISHED) {
            topic.published(post.getCreatedAt());
            notifier.published(post);
        }
    }

    /** Moves a post to the end of another topic under this number; a published post now counts there. */
    public void moveToTopic(Post post, Topic source, Topic target, int number) {
        post.moveTo(target, number);
        if (post.getStatus() == PostStatus.PUBLISHED) {
            source.unpublished();
            target.published(post.getCreatedAt());
        }
    }

    /** Moves a post to another status (nothing happens if it is already there). */
    public void move(Post post, Topic topic, PostStatus status) {
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
}
