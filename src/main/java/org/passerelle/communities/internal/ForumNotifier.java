package org.passerelle.communities.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.communities.ForumActivityOccurred;
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
    private final CommunityMemberRepository members;
    private final CommunityRepository communities;
    private final ApplicationEventPublisher events;

    ForumNotifier(
            WatchRepository watches,
            TopicRepository topics,
            PostRepository posts,
            AccountContacts contacts,
            CommunityMemberRepository members,
            CommunityRepository communities,
            ApplicationEventPublisher events) {
        this.watches = watches;
        this.topics = topics;
        this.posts = posts;
        this.contacts = contacts;
        this.members = members;
        this.communities = communities;
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
                        events.publishEvent(new ForumActivityOccurred(
                                ForumActivityOccurred.Kind.REPLY, Set.of(replied), topic.getTitle(), authorName, link));
                    });
        }
        var mentioned = mentions(post.getRaw(), topic.getCommunityId());
        mentioned.removeAll(told);
        mentioned.removeIf(user -> muted(user, topic));
        if (!mentioned.isEmpty()) {
            told.addAll(mentioned);
            events.publishEvent(new ForumActivityOccurred(
                    ForumActivityOccurred.Kind.MENTION, Set.copyOf(mentioned), topic.getTitle(), authorName, link));
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
            events.publishEvent(new ForumActivityOccurred(
                    post.getNumber() == 1 ? ForumActivityOccurred.Kind.NEW_TOPIC : ForumActivityOccurred.Kind.NEW_POST,
                    Set.copyOf(watchers),
                    topic.getTitle(),
                    authorName,
                    link));
        }
    }

    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}._-]{2,60})");

    /**
     * Members of the community mentioned as {@code @FatouDiallo} or {@code @fatou.diallo}: their display name with
     * spaces, punctuation, case and accents ignored.
     */
    private Set<Long> mentions(String raw, long communityId) {
        var wanted = new HashSet<String>();
        var matcher = MENTION.matcher(raw);
        while (matcher.find() && wanted.size() < 10) {
            wanted.add(handle(matcher.group(1)));
        }
        var found = new HashSet<Long>();
        if (wanted.isEmpty()) {
            return found;
        }
        var candidates = new HashSet<Long>();
        members.findByCommunityIdAndStatusOrderByCreatedAtAsc(communityId, CommunityMember.MEMBER)
                .forEach(m -> candidates.add(m.getUserId()));
        communities.findById(communityId).ifPresent(c -> candidates.addAll(c.getModerators()));
        for (var candidate : candidates) {
            contacts.of(candidate)
                    .map(AccountContacts.Contact::displayName)
                    .filter(name -> wanted.contains(handle(name)))
                    .ifPresent(name -> found.add(candidate));
        }
        return found;
    }

    /** A name reduced for comparison: letters and digits only, lower case, accents removed. */
    static String handle(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
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
