package org.passerelle.communities.internal;

import java.util.HashSet;
import java.util.Objects;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.communities.ForumActivity;
import org.passerelle.communities.WatchLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When a post is published, works out who is told (by their watch levels; never the author; muted topics and
 * communities never) and announces it. Authors watch the topics they start and track those they reply in.
 */
@Component
public class ForumNotifier {

    private final WatchRepository watches;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final AccountContacts contacts;
    private final ApplicationEventPublisher events;

    ForumNotifier(
            WatchRepository watches,
            TopicRepository topics,
            PostRepository posts,
            AccountContacts contacts,
            ApplicationEventPublisher events) {
        this.watches = watches;
        this.topics = topics;
        this.posts = posts;
        this.contacts = contacts;
        this.events = events;
    }

    /** Called once a post is published (written by a trusted member, or approved by a moderator). */
    public void published(Post post) {
        var topic = topics.findById(post.getTopicId()).orElseThrow();
        var author = post.getAuthorId();
        if (author != null) {
            follow(author, topic.getId(), post.getNumber() == 1 ? WatchLevel.WATCHING : WatchLevel.TRACKING);
        }
        var authorName = author == null
                ? ""
                : contacts.of(author).map(AccountContacts.Contact::displayName).orElse("");
        var link = "topic/" + topic.getId() + "#post-" + post.getNumber();
        var told = new HashSet<Long>();
        if (author != null) {
            told.add(author);
        }
        if (post.getReplyTo() != null) {
            posts.findByTopicIdAndNumber(topic.getId(), post.getReplyTo())
                    .map(Post::getAuthorId)
                    .filter(Objects::nonNull)
                    .filter(replied -> !told.contains(replied) && !muted(replied, topic))
                    .ifPresent(replied -> {
                        told.add(replied);
                        events.publishEvent(new ForumActivity(
                                ForumActivity.Kind.REPLY,
                                java.util.Set.of(replied),
                                topic.getTitle(),
                                authorName,
                                link));
                    });
        }
        var watchers = new HashSet<Long>();
        if (post.getNumber() == 1) {
            watches.findByCommunityIdAndLevel(topic.getCommunityId(), WatchLevel.WATCHING)
                    .forEach(w -> watchers.add(w.getUserId()));
        } else {
            watches.findByTopicIdAndLevel(topic.getId(), WatchLevel.WATCHING).forEach(w -> watchers.add(w.getUserId()));
        }
        watchers.removeAll(told);
        watchers.removeIf(user -> muted(user, topic));
        if (!watchers.isEmpty()) {
            events.publishEvent(new ForumActivity(
                    post.getNumber() == 1 ? ForumActivity.Kind.NEW_TOPIC : ForumActivity.Kind.NEW_POST,
                    java.util.Set.copyOf(watchers),
                    topic.getTitle(),
                    authorName,
                    link));
        }
    }

    private boolean muted(long userId, Topic topic) {
        return watches.findByUserIdAndTopicId(userId, topic.getId())
                        .map(w -> w.getLevel() == WatchLevel.MUTED)
                        .orElse(false)
                || watches.findByUserIdAndCommunityId(userId, topic.getCommunityId())
                        .map(w -> w.getLevel() == WatchLevel.MUTED)
                        .orElse(false);
    }

    /** Sets a first watch level on a topic, never overriding one the member chose. */
    private void follow(long userId, long topicId, WatchLevel level) {
        if (watches.findByUserIdAndTopicId(userId, topicId).isEmpty()) {
            watches.save(Watch.topic(userId, topicId, level));
        }
    }
}
