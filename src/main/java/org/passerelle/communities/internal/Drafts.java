package org.passerelle.communities.internal;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.passerelle.communities.Gatekeeper;
import org.passerelle.shared.Markdown;
import org.springframework.stereotype.Component;

/** A post about to be written, with the facts the gatekeeper weighs: its links, and its author's standing and history. */
@Component
public class Drafts {

    private final PostRepository posts;
    private final TopicRepository topics;
    private final CommunityAccess access;

    Drafts(PostRepository posts, TopicRepository topics, CommunityAccess access) {
        this.posts = posts;
        this.topics = topics;
        this.access = access;
    }

    /**
     * A draft by the signed-in member ({@code authorId}, whose moderator standing is read from the session);
     * {@code topicId} is null for the first post of a new topic.
     */
    public Gatekeeper.Draft of(long authorId, long communityId, Long topicId, String raw) {
        var links = Jsoup.parse(Markdown.toSafeHtml(raw)).select("a[href]").size();
        var moderates = access.moderates(communityId);
        return new Gatekeeper.Draft(authorId, communityId, topicId, raw, links, moderates, history(authorId));
    }

    private Gatekeeper.AuthorHistory history(long authorId) {
        return new Gatekeeper.AuthorHistory() {
            @Override
            public long publishedPosts(int cap) {
                return posts.publishedCapped(authorId, cap);
            }

            @Override
            public long postsSince(Instant since) {
                return posts.countByAuthorIdAndCreatedAtAfter(authorId, since);
            }

            @Override
            public long topicsSince(Instant since) {
                return topics.countByAuthorIdAndCreatedAtAfter(authorId, since);
            }
        };
    }
}
