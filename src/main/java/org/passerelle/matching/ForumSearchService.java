package org.passerelle.matching;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.communities.ForumModerationService;
import org.passerelle.communities.PostSummary;
import org.passerelle.matching.internal.ForumSearchQueries;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum search, for signed-in members (who read the forums): published posts and topic titles in English and
 * French, with filters, highlighted passages; nothing pending, hidden, rejected or deleted is ever found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ForumSearchService {

    /** A page of results (at most 50) and the total. */
    public record Results(List<ForumHit> hits, long total) {}

    private final ForumSearchQueries queries;
    private final ForumModerationService posts;

    private final io.micrometer.core.instrument.Timer searches;

    private final RateLimiter rateLimiter;

    ForumSearchService(
            RateLimiter rateLimiter,
            ForumSearchQueries queries,
            ForumModerationService store,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.rateLimiter = rateLimiter;
        this.queries = queries;
        this.posts = store;
        this.searches = SearchTimer.of(meters, "forum");
    }

    public Results search(ForumQuery query, int offset, int limit) {
        if (offset == 0) {
            rateLimiter.check(RateLimit.SEARCH);
        }
        var page = searches.record(() -> queries.search(query, offset, Math.min(limit, 50)));
        Map<Long, PostSummary> posts = this.posts.published(page.ids()).stream()
                .collect(Collectors.toMap(PostSummary::id, Function.identity()));
        var hits = page.ids().stream()
                .map(posts::get)
                .filter(Objects::nonNull)
                .map(p -> new ForumHit(
                        p.id(),
                        p.topicId(),
                        p.number(),
                        p.topicTitle(),
                        p.communityId(),
                        p.createdAt(),
                        page.snippets().getOrDefault(p.id(), List.of())))
                .toList();
        return new Results(hits, page.total());
    }
}
