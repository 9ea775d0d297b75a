package org.passerelle.matching.internal;

import static org.passerelle.directory.ExpertIndex.AVAILABILITY_ON_SITE;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_REMOTE;
import static org.passerelle.directory.ExpertIndex.HERITAGE;
import static org.passerelle.directory.ExpertIndex.HERITAGE_CONTINENT;
import static org.passerelle.directory.ExpertIndex.HERITAGE_REGION;
import static org.passerelle.directory.ExpertIndex.LANGUAGE;
import static org.passerelle.directory.ExpertIndex.RESIDENCE;
import static org.passerelle.directory.ExpertIndex.SECTOR;
import static org.passerelle.directory.ExpertIndex.VERIFIED_QUALIFICATION;
import static org.passerelle.matching.internal.ExpertPredicates.all;

import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.matching.ExpertFacets;
import org.passerelle.matching.ExpertQuery;
import org.springframework.stereotype.Component;

/** The facet counts of the directory search: each counted only over the section the viewer may see. */
@Component
class ExpertFacetQueries {

    private static final int MAX_FACET_VALUES = 300;

    private final DirectoryPredicates predicates;

    ExpertFacetQueries(DirectoryPredicates predicates) {
        this.predicates = predicates;
    }

    ExpertFacets facets(ExpertQuery query, Viewer viewer) {
        var session = predicates.session();
        var scope = DirectoryPredicates.scope(session);
        var typos = predicates.typoTolerant(scope, query, viewer);
        var sectors = AggregationKey.<Map<String, Long>>of("sectors");
        var languages = AggregationKey.<Map<String, Long>>of("languages");
        var expertise = session.search(scope)
                .where(predicates.where(scope, query, viewer, ProfileSection.EXPERTISE, typos))
                .aggregation(sectors, f -> f.terms().field(SECTOR, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(
                        languages, f -> f.terms().field(LANGUAGE, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0);
        var heritage = AggregationKey.<Map<String, Long>>of("heritage");
        var regions = AggregationKey.<Map<String, Long>>of("regions");
        var continents = AggregationKey.<Map<String, Long>>of("continents");
        var residence = AggregationKey.<Map<String, Long>>of("residence");
        var origins = session.search(scope)
                .where(predicates.where(scope, query, viewer, ProfileSection.ORIGINS, typos))
                .aggregation(
                        heritage, f -> f.terms().field(HERITAGE, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(regions, f -> f.terms().field(HERITAGE_REGION, String.class))
                .aggregation(continents, f -> f.terms().field(HERITAGE_CONTINENT, String.class))
                .aggregation(
                        residence, f -> f.terms().field(RESIDENCE, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0);
        var available = predicates.where(scope, query, viewer, ProfileSection.AVAILABILITY, typos);
        var pf = scope.predicate();
        long remote = session.search(scope)
                .where(all(pf, available, DirectoryPredicates.windowWith(pf, AVAILABILITY_REMOTE)))
                .fetchTotalHitCount();
        long verified = session.search(scope)
                .where(all(
                        pf,
                        predicates.where(scope, query, viewer, ProfileSection.QUALIFICATIONS, typos),
                        pf.match()
                                .field(VERIFIED_QUALIFICATION)
                                .matching("true")
                                .toPredicate()))
                .fetchTotalHitCount();
        long onSite = session.search(scope)
                .where(all(pf, available, DirectoryPredicates.windowWith(pf, AVAILABILITY_ON_SITE)))
                .fetchTotalHitCount();
        return new ExpertFacets(
                expertise.aggregation(sectors),
                origins.aggregation(heritage),
                origins.aggregation(regions),
                origins.aggregation(continents),
                origins.aggregation(residence),
                expertise.aggregation(languages),
                remote,
                onSite,
                verified);
    }
}
