package org.passerelle.matching.internal;

import static org.passerelle.missions.MissionIndex.COUNTRY;
import static org.passerelle.missions.MissionIndex.END;
import static org.passerelle.missions.MissionIndex.LANGUAGE;
import static org.passerelle.missions.MissionIndex.ON_SITE;
import static org.passerelle.missions.MissionIndex.PUBLISHED_AT;
import static org.passerelle.missions.MissionIndex.REGION;
import static org.passerelle.missions.MissionIndex.REMOTE_POSSIBLE;
import static org.passerelle.missions.MissionIndex.SECTOR;
import static org.passerelle.missions.MissionIndex.SKILLS_AR;
import static org.passerelle.missions.MissionIndex.SKILLS_EN;
import static org.passerelle.missions.MissionIndex.SKILLS_FR;
import static org.passerelle.missions.MissionIndex.START;
import static org.passerelle.missions.MissionIndex.STATUS;
import static org.passerelle.missions.MissionIndex.TEXT_AR;
import static org.passerelle.missions.MissionIndex.TEXT_EN;
import static org.passerelle.missions.MissionIndex.TEXT_FR;
import static org.passerelle.missions.MissionIndex.TITLE_AR;
import static org.passerelle.missions.MissionIndex.TITLE_EN;
import static org.passerelle.missions.MissionIndex.TITLE_FR;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ConceptMention;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.MissionQuery;
import org.passerelle.missions.MissionIndex;
import org.passerelle.missions.MissionStatus;
import org.springframework.stereotype.Component;

/** Lucene queries over the mission board: public missions only, text in both languages, facets. */
@Component
public class MissionSearchQueries {

    private static final int MAX_TEXT = 200;
    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

    private final EntityManager entityManager;
    private final Vocabulary vocabulary;

    MissionSearchQueries(EntityManager entityManager, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.entityManager = entityManager;
    }

    /** Ids of one page of matching missions with their snippets, and the facet counts. */
    public record Page(
            List<Long> ids,
            Map<Long, List<String>> snippets,
            long total,
            Map<String, Long> sectors,
            Map<String, Long> countries,
            Map<String, Long> regions,
            Map<String, Long> languages,
            long remotePossible,
            long onSite) {}

    public Page search(MissionQuery query, int offset, int limit) {
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, MissionIndex.ENTITY);
        var f = scope.predicate();
        var where = where(f, query);
        var sectors = AggregationKey.<Map<String, Long>>of("sectors");
        var countries = AggregationKey.<Map<String, Long>>of("countries");
        var regions = AggregationKey.<Map<String, Long>>of("regions");
        var languages = AggregationKey.<Map<String, Long>>of("languages");
        var result = session.search(scope)
                .select(p -> p.composite()
                        .from(
                                p.id(Long.class),
                                p.highlight(TITLE_EN),
                                p.highlight(TEXT_EN),
                                p.highlight(TITLE_FR),
                                p.highlight(TEXT_FR))
                        .asArray())
                .where(where)
                .highlighter(h -> h.fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2))
                .aggregation(sectors, a -> a.terms().field(SECTOR, String.class).maxTermCount(100))
                .aggregation(
                        countries, a -> a.terms().field(COUNTRY, String.class).maxTermCount(300))
                .aggregation(regions, a -> a.terms().field(REGION, String.class).maxTermCount(100))
                .aggregation(
                        languages, a -> a.terms().field(LANGUAGE, String.class).maxTermCount(100))
                .sort(s -> query.hasText()
                        ? s.score().then().field(PUBLISHED_AT).desc()
                        : s.field(START).then().field(PUBLISHED_AT).desc())
                .fetch(offset, limit);
        var ids = result.hits().stream().map(row -> (Long) row[0]).toList();
        var snippets = new HashMap<Long, List<String>>();
        for (var row : result.hits()) {
            snippets.put(
                    (Long) row[0],
                    Stream.of(row[2], row[4], row[1], row[3])
                            .flatMap(list -> ((List<?>) list).stream())
                            .map(String::valueOf)
                            .map(snippet -> Jsoup.clean(snippet, MARKS_ONLY))
                            .filter(snippet -> snippet.contains("<mark>"))
                            .distinct()
                            .limit(2)
                            .toList());
        }
        long remote = session.search(scope)
                .where(all(
                        f,
                        where,
                        f.match().field(REMOTE_POSSIBLE).matching(true).toPredicate()))
                .fetchTotalHitCount();
        long onSite = session.search(scope)
                .where(all(f, where, f.match().field(ON_SITE).matching(true).toPredicate()))
                .fetchTotalHitCount();
        return new Page(
                ids,
                snippets,
                result.total().hitCount(),
                result.aggregation(sectors),
                result.aggregation(countries),
                result.aggregation(regions),
                result.aggregation(languages),
                remote,
                onSite);
    }

    private SearchPredicate where(SearchPredicateFactory f, MissionQuery query) {
        var where = f.bool();
        var statuses = query.includePast() ? List.copyOf(MissionStatus.PUBLIC) : List.of(MissionStatus.PUBLISHED);
        where.filter(f.terms().field(STATUS).matchingAny(statuses));
        if (query.hasText()) {
            var text = query.text().strip();
            text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            var or = f.or();
            // phrases naming concepts match as phrases, other words one by one (see DirectoryPredicates.Words)
            var words = DirectoryPredicates.Words.of(text, vocabulary);
            for (var phrase : words.phrases()) {
                or.add(f.phrase()
                        .fields(TITLE_EN, TITLE_FR, TITLE_AR)
                        .matching(phrase)
                        .slop(1)
                        .boost(3f));
                or.add(f.phrase()
                        .fields(SKILLS_EN, SKILLS_FR, SKILLS_AR)
                        .matching(phrase)
                        .slop(1)
                        .boost(2f));
                or.add(f.phrase()
                        .fields(TEXT_EN, TEXT_FR, TEXT_AR)
                        .matching(phrase)
                        .slop(1));
            }
            if (!words.rest().isBlank()) {
                or.add(f.match()
                        .fields(TITLE_EN, TITLE_FR, TITLE_AR)
                        .matching(words.rest())
                        .boost(3f));
                or.add(f.match()
                        .fields(SKILLS_EN, SKILLS_FR, SKILLS_AR)
                        .matching(words.rest())
                        .boost(2f));
                or.add(f.match().fields(TEXT_EN, TEXT_FR, TEXT_AR).matching(words.rest()));
            }
            // the concepts the words name, whatever language the mission was written in
            var concepts = vocabulary.find(text).stream()
                    .map(ConceptMention::conceptId)
                    .toList();
            if (!concepts.isEmpty()) {
                or.add(f.terms()
                        .field(ConceptIndexing.CONCEPT)
                        .matchingAny(ConceptIndexing.terms(MissionIndex.CORE, concepts))
                        .boost(3f));
                or.add(f.terms()
                        .field(ConceptIndexing.CONCEPT)
                        .matchingAny(ConceptIndexing.terms(MissionIndex.TEXT, concepts)));
                or.add(f.terms()
                        .field(ConceptIndexing.CONCEPT_WIDE)
                        .matchingAny(ConceptIndexing.terms(MissionIndex.CORE, concepts))
                        .boost(2f));
            }
            where.must(or);
        }
        anyOf(f, where, SECTOR, query.sectors());
        anyOf(f, where, COUNTRY, query.countries());
        anyOf(f, where, REGION, query.regions());
        anyOf(f, where, LANGUAGE, query.languages());
        switch (query.mode() == null ? MissionQuery.Mode.ANY : query.mode()) {
            case REMOTE_POSSIBLE ->
                where.filter(f.match().field(REMOTE_POSSIBLE).matching(true));
            case ON_SITE -> where.filter(f.match().field(ON_SITE).matching(true));
            case ANY -> {}
        }
        if (query.to() != null) {
            where.filter(f.range().field(START).atMost(query.to()));
        }
        if (query.from() != null) {
            where.filter(f.range().field(END).atLeast(query.from()));
        }
        return where.toPredicate();
    }

    private static void anyOf(
            SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> where,
            String field,
            Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            where.filter(f.terms().field(field).matchingAny(values));
        }
    }

    private static SearchPredicate all(SearchPredicateFactory f, SearchPredicate... predicates) {
        return ExpertPredicates.all(f, predicates);
    }
}
