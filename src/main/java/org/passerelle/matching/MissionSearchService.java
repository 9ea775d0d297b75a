package org.passerelle.matching;

import java.util.List;
import org.passerelle.matching.internal.MissionSearchQueries;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public mission board: full-text search in English and French, filters and facet counts. Anyone may search. */
@Service
@Transactional(readOnly = true)
public class MissionSearchService {

    private final MissionSearchQueries queries;
    private final MissionQueryService board;

    private final io.micrometer.core.instrument.Timer searches;

    private final RateLimiter rateLimiter;

    MissionSearchService(
            RateLimiter rateLimiter,
            MissionSearchQueries queries,
            MissionQueryService board,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.rateLimiter = rateLimiter;
        this.queries = queries;
        this.board = board;
        this.searches = SearchTimer.of(meters, "missions");
    }

    /** A page (at most 50) of public missions, with the facets of the whole result. */
    @PreAuthorize("permitAll()")
    public MissionResults search(MissionQuery query, int offset, int limit) {
        if (offset == 0) {
            rateLimiter.check(RateLimit.SEARCH);
        }
        var page = searches.record(() -> queries.search(query, offset, Math.min(limit, 50)));
        var hits = board.publicViews(page.ids()).stream()
                .map(view -> new MissionHit(view, page.snippets().getOrDefault(view.id(), List.of())))
                .toList();
        return new MissionResults(
                hits,
                page.total(),
                page.sectors(),
                page.countries(),
                page.regions(),
                page.languages(),
                page.remotePossible(),
                page.onSite());
    }
}
