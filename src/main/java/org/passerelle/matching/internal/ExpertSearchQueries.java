package org.passerelle.matching.internal;

import static org.passerelle.directory.ExpertIndex.NAME_SORT;
import static org.passerelle.directory.ExpertIndex.UPDATED_AT;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.passerelle.directory.Viewer;
import org.passerelle.matching.ExpertFacets;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertResults;
import org.springframework.stereotype.Component;

/**
 * The directory search's result pages, counts and facets (the predicate itself is {@link DirectoryPredicates}, the
 * facet counts {@link ExpertFacetQueries}).
 */
@Component
public class ExpertSearchQueries {

    private final DirectoryPredicates predicates;
    private final ExpertFacetQueries facets;

    ExpertSearchQueries(DirectoryPredicates predicates, ExpertFacetQueries facets) {
        this.predicates = predicates;
        this.facets = facets;
    }

    /**
     * One page of results and the total. Words are matched exactly (stemmed, accents folded) first; only when that
     * finds fewer than {@link DirectoryPredicates#TYPO_THRESHOLD} experts is the search run again forgiving typos, so
     * typos never drown good matches and cost nothing on ordinary searches.
     */
    public ExpertResults page(ExpertQuery query, Viewer viewer, int offset, int limit) {
        var exact = page(query, viewer, offset, limit, false);
        if (query.hasText() && exact.total() < DirectoryPredicates.TYPO_THRESHOLD) {
            return page(query, viewer, offset, limit, true);
        }
        return exact;
    }

    private ExpertResults page(ExpertQuery query, Viewer viewer, int offset, int limit, boolean typos) {
        var session = predicates.session();
        var scope = DirectoryPredicates.scope(session);
        var result = session.search(scope)
                .select(ExpertRow.class)
                .where(predicates.where(scope, query, viewer, null, typos))
                .highlighter(h -> h.fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2))
                .sort(f -> switch (query.sort() == null ? ExpertQuery.Sort.RELEVANCE : query.sort()) {
                    case RELEVANCE -> f.score().then().field(NAME_SORT);
                    case RECENTLY_ACTIVE -> f.field(UPDATED_AT).desc().then().field(NAME_SORT);
                    case NAME -> f.field(NAME_SORT);
                })
                .fetch(offset, limit);
        return new ExpertResults(
                result.hits().stream().map(row -> row.toHit(viewer)).toList(),
                result.total().hitCount());
    }

    public long count(ExpertQuery query, Viewer viewer) {
        var scope = DirectoryPredicates.scope(predicates.session());
        return predicates.count(scope, query, viewer, predicates.typoTolerant(scope, query, viewer));
    }

    public ExpertFacets facets(ExpertQuery query, Viewer viewer) {
        return facets.facets(query, viewer);
    }
}
