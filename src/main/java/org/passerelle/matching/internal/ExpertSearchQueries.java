package org.passerelle.matching.internal;

import static org.passerelle.directory.ExpertIndex.AVAILABILITY;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_END;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_ON_SITE;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_REMOTE;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_START;
import static org.passerelle.directory.ExpertIndex.BIO_AR;
import static org.passerelle.directory.ExpertIndex.BIO_EN;
import static org.passerelle.directory.ExpertIndex.BIO_FR;
import static org.passerelle.directory.ExpertIndex.EXPERIENCE_AR;
import static org.passerelle.directory.ExpertIndex.EXPERIENCE_EN;
import static org.passerelle.directory.ExpertIndex.EXPERIENCE_FR;
import static org.passerelle.directory.ExpertIndex.HEADLINE_AR;
import static org.passerelle.directory.ExpertIndex.HEADLINE_EN;
import static org.passerelle.directory.ExpertIndex.HEADLINE_FR;
import static org.passerelle.directory.ExpertIndex.HERITAGE;
import static org.passerelle.directory.ExpertIndex.HERITAGE_CONTINENT;
import static org.passerelle.directory.ExpertIndex.HERITAGE_REGION;
import static org.passerelle.directory.ExpertIndex.LANGUAGE;
import static org.passerelle.directory.ExpertIndex.LANGUAGE_LEVEL;
import static org.passerelle.directory.ExpertIndex.NAME;
import static org.passerelle.directory.ExpertIndex.NAME_SORT;
import static org.passerelle.directory.ExpertIndex.PUBLICATIONS_EN;
import static org.passerelle.directory.ExpertIndex.PUBLICATIONS_FR;
import static org.passerelle.directory.ExpertIndex.QUALIFICATIONS_EN;
import static org.passerelle.directory.ExpertIndex.QUALIFICATIONS_FR;
import static org.passerelle.directory.ExpertIndex.RESIDENCE;
import static org.passerelle.directory.ExpertIndex.SECTOR;
import static org.passerelle.directory.ExpertIndex.SKILLS_AR;
import static org.passerelle.directory.ExpertIndex.SKILLS_EN;
import static org.passerelle.directory.ExpertIndex.SKILLS_FR;
import static org.passerelle.directory.ExpertIndex.SKILLS_TEXT_AR;
import static org.passerelle.directory.ExpertIndex.SKILLS_TEXT_EN;
import static org.passerelle.directory.ExpertIndex.SKILLS_TEXT_FR;
import static org.passerelle.directory.ExpertIndex.UPDATED_AT;
import static org.passerelle.directory.ExpertIndex.USER_ID;
import static org.passerelle.directory.ExpertIndex.VERIFIED_QUALIFICATION;
import static org.passerelle.directory.ExpertIndex.visibility;
import static org.passerelle.matching.internal.ExpertPredicates.all;
import static org.passerelle.matching.internal.ExpertPredicates.any;
import static org.passerelle.matching.internal.ExpertPredicates.scored;
import static org.passerelle.matching.internal.ExpertPredicates.visible;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.ExpertFacets;
import org.passerelle.matching.ExpertHit;
import org.passerelle.matching.ExpertPage;
import org.passerelle.matching.ExpertQuery;
import org.springframework.stereotype.Component;

/**
 * Lucene queries over expert profiles. Every clause that touches a section is paired with "this viewer may see that
 * section" (its indexed visibility, or the viewer owns the profile), so that hidden sections never match, never
 * count in a facet and never show in a snippet.
 */
@Component
public class ExpertSearchQueries {

    /** Longer queries are cut: nobody types more, and fuzzy matching on huge input is costly. */
    static final int MAX_TEXT = 200;

    private static final int MAX_FACET_VALUES = 300;

    /** Below this many exact matches, a search is run again forgiving typos. */
    static final int TYPO_THRESHOLD = 5;

    private static final Set<String> TYPO_TOLERANT = Set.of(NAME, HEADLINE_EN, HEADLINE_FR, SKILLS_EN, SKILLS_FR);

    private final Vocabulary vocabulary;
    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

    private final EntityManager entityManager;

    ExpertSearchQueries(EntityManager entityManager, Vocabulary vocabulary) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
    }

    /**
     * One page of results and the total. Words are matched exactly (stemmed, accents folded) first; only when that
     * finds fewer than {@link #TYPO_THRESHOLD} experts is the search run again forgiving typos, so typos never drown
     * good matches and cost nothing on ordinary searches.
     */
    public ExpertPage page(ExpertQuery query, Viewer viewer, int offset, int limit) {
        var exact = page(query, viewer, offset, limit, false);
        if (query.hasText() && exact.total() < TYPO_THRESHOLD) {
            return page(query, viewer, offset, limit, true);
        }
        return exact;
    }

    private ExpertPage page(ExpertQuery query, Viewer viewer, int offset, int limit, boolean typos) {
        var session = session();
        var scope = scope(session);
        var where = where(scope, query, viewer, null, typos);
        var result = session.search(scope)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field(NAME, String.class),
                                f.field(HEADLINE_EN, String.class),
                                f.field(SECTOR, String.class).list(),
                                f.field(HERITAGE, String.class).list(),
                                f.field(RESIDENCE, String.class),
                                f.field(SKILLS_EN, String.class).list(),
                                f.field(UPDATED_AT, Instant.class),
                                f.field(USER_ID, Long.class),
                                f.field(visibility(ProfileSection.ORIGINS), Visibility.class),
                                f.field(visibility(ProfileSection.EXPERTISE), Visibility.class),
                                f.field(visibility(ProfileSection.BIO), Visibility.class),
                                f.composite()
                                        .from(
                                                f.highlight(HEADLINE_EN),
                                                f.highlight(HEADLINE_FR),
                                                f.highlight(SKILLS_EN),
                                                f.highlight(SKILLS_FR),
                                                f.highlight(BIO_EN),
                                                f.highlight(BIO_FR))
                                        .asArray())
                        .asArray())
                .where(where)
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
        return new ExpertPage(
                result.hits().stream().map(row -> toHit(row, viewer)).toList(),
                result.total().hitCount());
    }

    /**
     * Experts sharing the given sectors and skills (more shared, higher), found only through expertise the viewer
     * may see, the profile itself left out.
     */
    public List<ExpertHit> similar(long profileId, Set<String> sectors, Set<String> skills, Viewer viewer, int limit) {
        var session = session();
        var scope = scope(session);
        var f = scope.predicate();
        var likeThis = f.bool();
        if (!sectors.isEmpty()) {
            likeThis.should(
                    f.terms().field(SECTOR).matchingAny(sectors).boost(2f).toPredicate());
        }
        for (var skill : skills) {
            likeThis.should(f.match().field(SKILLS_EN).matching(skill).toPredicate());
            likeThis.should(f.match().field(SKILLS_FR).matching(skill).toPredicate());
        }
        var where = f.bool()
                .must(likeThis.toPredicate())
                .filter(visible(f, ProfileSection.IDENTITY, viewer))
                .filter(visible(f, ProfileSection.EXPERTISE, viewer))
                .mustNot(f.id().matching(profileId).toPredicate())
                .toPredicate();
        return session
                .search(scope)
                .select(f2 -> f2.composite()
                        .from(f2.id(Long.class), f2.field(NAME, String.class), f2.field(HEADLINE_EN, String.class))
                        .asArray())
                .where(where)
                .sort(s -> s.score().then().field(NAME_SORT))
                .fetchHits(limit)
                .stream()
                .map(row -> new ExpertHit(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        null,
                        List.of()))
                .toList();
    }

    public long count(ExpertQuery query, Viewer viewer) {
        var scope = scope(session());
        return count(scope, query, viewer, typoTolerant(scope, query, viewer));
    }

    private long count(SearchScope<Object> scope, ExpertQuery query, Viewer viewer, boolean typos) {
        return session()
                .search(scope)
                .where(where(scope, query, viewer, null, typos))
                .fetchTotalHitCount();
    }

    /** Whether a search needs typo tolerance: it has text, and exact words find too few experts. */
    private boolean typoTolerant(SearchScope<Object> scope, ExpertQuery query, Viewer viewer) {
        return query.hasText() && count(scope, query, viewer, false) < TYPO_THRESHOLD;
    }

    public ExpertFacets facets(ExpertQuery query, Viewer viewer) {
        var session = session();
        var scope = scope(session);
        var typos = typoTolerant(scope, query, viewer);
        var sectors = AggregationKey.<Map<String, Long>>of("sectors");
        var languages = AggregationKey.<Map<String, Long>>of("languages");
        var expertise = session.search(scope)
                .where(where(scope, query, viewer, ProfileSection.EXPERTISE, typos))
                .aggregation(sectors, f -> f.terms().field(SECTOR, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(
                        languages, f -> f.terms().field(LANGUAGE, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0);
        var heritage = AggregationKey.<Map<String, Long>>of("heritage");
        var regions = AggregationKey.<Map<String, Long>>of("regions");
        var continents = AggregationKey.<Map<String, Long>>of("continents");
        var residence = AggregationKey.<Map<String, Long>>of("residence");
        var origins = session.search(scope)
                .where(where(scope, query, viewer, ProfileSection.ORIGINS, typos))
                .aggregation(
                        heritage, f -> f.terms().field(HERITAGE, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(regions, f -> f.terms().field(HERITAGE_REGION, String.class))
                .aggregation(continents, f -> f.terms().field(HERITAGE_CONTINENT, String.class))
                .aggregation(
                        residence, f -> f.terms().field(RESIDENCE, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0);
        var available = where(scope, query, viewer, ProfileSection.AVAILABILITY, typos);
        var pf = scope.predicate();
        long remote = session.search(scope)
                .where(all(pf, available, windowWith(pf, AVAILABILITY_REMOTE)))
                .fetchTotalHitCount();
        long verified = session.search(scope)
                .where(all(
                        pf,
                        where(scope, query, viewer, ProfileSection.QUALIFICATIONS, typos),
                        pf.match()
                                .field(VERIFIED_QUALIFICATION)
                                .matching("true")
                                .toPredicate()))
                .fetchTotalHitCount();
        long onSite = session.search(scope)
                .where(all(pf, available, windowWith(pf, AVAILABILITY_ON_SITE)))
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

    /**
     * The whole query: the profile's name is visible to the viewer, the text matches a visible section, every filter
     * matches a visible section; plus, for facet counts, the counted section is visible.
     */
    private SearchPredicate where(
            SearchScope<Object> scope, ExpertQuery query, Viewer viewer, ProfileSection countedSection, boolean typos) {
        var f = scope.predicate();
        // filters restrict without scoring (cheaper, and relevance comes from the text alone)
        var clauses = new ArrayList<SearchPredicate>();
        SearchPredicate scoring = null;
        clauses.add(visible(f, ProfileSection.IDENTITY, viewer));
        if (countedSection != null) {
            clauses.add(visible(f, countedSection, viewer));
        }
        if (query.hasText()) {
            var text = query.text().strip();
            text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            var alternatives = new ArrayList<SearchPredicate>();
            var concepts = vocabulary.find(text).stream()
                    .map(org.passerelle.directory.ConceptMention::conceptId)
                    .toList();
            if (!concepts.isEmpty()) {
                // the concepts the words name, in whatever language the profiles name them
                alternatives.add(ExpertPredicates.concepts(f, ConceptIndexing.CONCEPT, concepts, 1f, viewer));
                alternatives.add(ExpertPredicates.concepts(f, ConceptIndexing.CONCEPT_WIDE, concepts, 0.7f, viewer));
            }
            scoring = any(
                    f,
                    any(f, alternatives.toArray(SearchPredicate[]::new)),
                    scored(
                            f,
                            text(f, text, typos, NAME, HEADLINE_EN, HEADLINE_FR, HEADLINE_AR),
                            visible(f, ProfileSection.IDENTITY, viewer)),
                    scored(
                            f,
                            text(
                                    f,
                                    text,
                                    typos,
                                    SKILLS_EN,
                                    SKILLS_FR,
                                    SKILLS_AR,
                                    SKILLS_TEXT_EN,
                                    SKILLS_TEXT_FR,
                                    SKILLS_TEXT_AR),
                            visible(f, ProfileSection.EXPERTISE, viewer)),
                    scored(
                            f,
                            text(f, text, typos, QUALIFICATIONS_EN, QUALIFICATIONS_FR),
                            visible(f, ProfileSection.QUALIFICATIONS, viewer)),
                    scored(
                            f,
                            text(f, text, typos, EXPERIENCE_EN, EXPERIENCE_FR, EXPERIENCE_AR),
                            visible(f, ProfileSection.EXPERIENCE, viewer)),
                    scored(
                            f,
                            text(f, text, typos, PUBLICATIONS_EN, PUBLICATIONS_FR),
                            visible(f, ProfileSection.PUBLICATIONS, viewer)),
                    scored(f, text(f, text, typos, BIO_EN, BIO_FR, BIO_AR), visible(f, ProfileSection.BIO, viewer)));
        }
        anyOf(f, clauses, SECTOR, query.sectors(), ProfileSection.EXPERTISE, viewer);
        anyOf(f, clauses, HERITAGE, query.heritageCountries(), ProfileSection.ORIGINS, viewer);
        anyOf(f, clauses, HERITAGE_REGION, query.heritageRegions(), ProfileSection.ORIGINS, viewer);
        anyOf(f, clauses, HERITAGE_CONTINENT, query.heritageContinents(), ProfileSection.ORIGINS, viewer);
        anyOf(f, clauses, RESIDENCE, query.residenceCountries(), ProfileSection.ORIGINS, viewer);
        if (query.verifiedQualifications()) {
            clauses.add(all(
                    f,
                    visible(f, ProfileSection.QUALIFICATIONS, viewer),
                    f.match().field(VERIFIED_QUALIFICATION).matching("true").toPredicate()));
        }
        if (query.language() != null && !query.language().isBlank()) {
            var level =
                    query.minimumLevel() == null ? "A1" : query.minimumLevel().name();
            clauses.add(all(
                    f,
                    visible(f, ProfileSection.EXPERTISE, viewer),
                    f.match()
                            .field(LANGUAGE_LEVEL)
                            .matching(query.language() + ":" + level)
                            .toPredicate()));
        }
        if (query.availableFrom() != null || query.availableTo() != null || query.remote() || query.onSite()) {
            var window = f.nested(AVAILABILITY);
            if (query.availableTo() != null) {
                window.add(f.range().field(AVAILABILITY_START).atMost(query.availableTo()));
            }
            if (query.availableFrom() != null) {
                window.add(f.range().field(AVAILABILITY_END).atLeast(query.availableFrom()));
            }
            if (query.remote()) {
                window.add(f.match().field(AVAILABILITY_REMOTE).matching(true));
            }
            if (query.onSite()) {
                window.add(f.match().field(AVAILABILITY_ON_SITE).matching(true));
            }
            clauses.add(all(f, visible(f, ProfileSection.AVAILABILITY, viewer), window.toPredicate()));
        }
        var where = f.bool();
        if (scoring != null) {
            where.must(scoring);
        }
        clauses.forEach(where::filter);
        return where.toPredicate();
    }

    private static void anyOf(
            SearchPredicateFactory f,
            List<SearchPredicate> clauses,
            String field,
            Collection<String> values,
            ProfileSection section,
            Viewer viewer) {
        if (values != null && !values.isEmpty()) {
            clauses.add(all(
                    f,
                    visible(f, section, viewer),
                    f.terms().field(field).matchingAny(values).toPredicate()));
        }
    }

    /**
     * Exact matches count double. Typos are forgiven (one edit, first two letters right) on the short, telling fields
     * only — names, headlines, skills — where they matter and cost little; long texts match exactly (stemmed). A word
     * of the vocabulary ("sante") is a real word, never taken for a typo of another ("sanitation").
     */
    private SearchPredicate text(SearchPredicateFactory f, String text, boolean typos, String... fields) {
        var alternatives = new ArrayList<SearchPredicate>();
        var unknownWords = java.util.Arrays.stream(text.split("\\s+"))
                .filter(word -> !word.isBlank() && !vocabulary.isLabelWord(word))
                .collect(java.util.stream.Collectors.joining(" "));
        for (var field : fields) {
            var weight = TYPO_TOLERANT.contains(field) ? (field.equals(NAME) ? 3f : 2f) : 1f;
            alternatives.add(
                    f.match().field(field).matching(text).boost(2 * weight).toPredicate());
            if (typos && TYPO_TOLERANT.contains(field) && !unknownWords.isBlank()) {
                alternatives.add(f.match()
                        .field(field)
                        .matching(unknownWords)
                        .fuzzy(1, 2)
                        .boost(weight)
                        .toPredicate());
            }
        }
        return any(f, alternatives.toArray(SearchPredicate[]::new));
    }

    private static SearchPredicate windowWith(SearchPredicateFactory f, String flag) {
        return f.nested(AVAILABILITY).add(f.match().field(flag).matching(true)).toPredicate();
    }

    private static ExpertHit toHit(Object[] row, Viewer viewer) {
        var userId = (Long) row[8];
        var own = viewer.isUser(userId);
        var levels = viewer.visibleLevels();
        var origins = own || levels.contains((Visibility) row[9]);
        var expertise = own || levels.contains((Visibility) row[10]);
        var bio = own || levels.contains((Visibility) row[11]);
        var highlights = (Object[]) row[12];
        // headline highlights are left out: the card shows the headline anyway
        var snippets = Stream.of(
                        expertise ? highlights[2] : List.of(),
                        expertise ? highlights[3] : List.of(),
                        bio ? highlights[4] : List.of(),
                        bio ? highlights[5] : List.of())
                .flatMap(list -> ((List<?>) list).stream())
                .map(String::valueOf)
                // the highlighter escaped the text; keep nothing but its <mark> tags, whatever happens
                .map(snippet -> Jsoup.clean(snippet, MARKS_ONLY))
                .distinct()
                .limit(3)
                .toList();
        return new ExpertHit(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                expertise ? strings(row[3]) : List.of(),
                origins ? strings(row[4]) : List.of(),
                origins ? (String) row[5] : null,
                expertise ? strings(row[6]) : List.of(),
                (Instant) row[7],
                snippets);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }

    private static SearchScope<Object> scope(SearchSession session) {
        return session.scope(Object.class, ExpertIndex.ENTITY);
    }
}
