package org.passerelle.matching;

import org.passerelle.directory.Viewers;
import org.passerelle.matching.internal.ExpertSearchQueries;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert directory search. Anyone may search; each viewer finds, counts and reads only what the experts'
 * section visibilities let them see.
 */
@Service
@Transactional(readOnly = true)
public class ExpertSearchService {

    private final ExpertSearchQueries queries;
    private final Viewers viewers;
    private final io.micrometer.core.instrument.Timer searches;

    private final RateLimiter rateLimiter;

    ExpertSearchService(
            RateLimiter rateLimiter,
            ExpertSearchQueries queries,
            Viewers viewers,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.rateLimiter = rateLimiter;
        this.queries = queries;
        this.viewers = viewers;
        this.searches = SearchTimer.of(meters, "directory");
    }

    /** A page of results (at most 100) and the total. */
    @PreAuthorize("permitAll()")
    public ExpertResults page(ExpertQuery query, int offset, int limit) {
        if (offset == 0) {
            rateLimiter.check(RateLimit.SEARCH);
        }
        return searches.record(() -> queries.page(query, viewers.current(), offset, Math.min(limit, 100)));
    }

    @PreAuthorize("permitAll()")
    public long count(ExpertQuery query) {
        return queries.count(query, viewers.current());
    }

    @PreAuthorize("permitAll()")
    public ExpertFacets facets(ExpertQuery query) {
        return queries.facets(query, viewers.current());
    }
}
