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
import static org.passerelle.directory.ExpertIndex.LANGUAGE_LEVEL;
import static org.passerelle.directory.ExpertIndex.NAME;
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
import static org.passerelle.directory.ExpertIndex.VERIFIED_QUALIFICATION;
import static org.passerelle.matching.internal.ExpertPredicates.all;
import static org.passerelle.matching.internal.ExpertPredicates.any;
import static org.passerelle.matching.internal.ExpertPredicates.scored;
import static org.passerelle.matching.internal.ExpertPredicates.visible;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ConceptMention;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.ExpertQuery;
import org.springframework.stereotype.Component;

/**
 * The directory search as one predicate, shared by the result page and the facet counts. Every clause that touches a
 * section is paired with "this viewer may see that section" (its indexed visibility, or the viewer owns the profile),
 * so that hidden sections never match, never count in a facet and never show in a snippet. The words also find the
 * concepts they name, in whatever language the profiles name them.
 */
@Component
class DirectoryPredicates {

    /** Longer queries are cut: nobody types more, and fuzzy matching on huge input is costly. */
    static final int MAX_TEXT = 200;

    /** Below this many exact matches, a search is run again forgiving typos. */
    static final int TYPO_THRESHOLD = 5;

    private static final Set<String> TYPO_TOLERANT = Set.of(NAME, HEADLINE_EN, HEADLINE_FR, SKILLS_EN, SKILLS_FR);

    private final EntityManager entityManager;
    private final Vocabulary vocabulary;

    DirectoryPredicates(EntityManager entityManager, Vocabulary vocabulary) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
    }

    SearchSession session() {
        return Search.session(entityManager);
    }

    static SearchScope<Object> scope(SearchSession session) {
        return session.scope(Object.class, ExpertIndex.ENTITY);
    }

    long count(SearchScope<Object> scope, ExpertQuery query, Viewer viewer, boolean typos) {
        return session()
                .search(scope)
                .where(where(scope, query, viewer, null, typos))
                .fetchTotalHitCount();
    }

    /** Whether a search needs typo tolerance: it has text, and exact words find too few experts. */
    boolean typoTolerant(SearchScope<Object> scope, ExpertQuery query, Viewer viewer) {
        return query.hasText() && count(scope, query, viewer, false) < TYPO_THRESHOLD;
    }

    /**
     * The whole query: the profile's name is visible to the viewer, the text matches a visible section, every filter
     * matches a visible section; plus, for facet counts, the counted section is visible.
     */
    SearchPredicate where(
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
            var words = Words.of(text, vocabulary);
            var concepts = vocabulary.find(text).stream()
                    .map(ConceptMention::conceptId)
                    .toList();
            if (!concepts.isEmpty()) {
                // the concepts the words name, in whatever language the profiles name them
                alternatives.add(ExpertPredicates.concepts(f, ConceptIndexing.CONCEPT, concepts, 2f, viewer));
                alternatives.add(ExpertPredicates.concepts(f, ConceptIndexing.CONCEPT_WIDE, concepts, 1.4f, viewer));
            }
            scoring = any(
                    f,
                    any(f, alternatives.toArray(SearchPredicate[]::new)),
                    scored(
                            f,
                            text(f, words, typos, NAME, HEADLINE_EN, HEADLINE_FR, HEADLINE_AR),
                            visible(f, ProfileSection.IDENTITY, viewer)),
                    scored(
                            f,
                            text(
                                    f,
                                    words,
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
                            text(f, words, typos, QUALIFICATIONS_EN, QUALIFICATIONS_FR),
                            visible(f, ProfileSection.QUALIFICATIONS, viewer)),
                    scored(
                            f,
                            text(f, words, typos, EXPERIENCE_EN, EXPERIENCE_FR, EXPERIENCE_AR),
                            visible(f, ProfileSection.EXPERIENCE, viewer)),
                    scored(
                            f,
                            text(f, words, typos, PUBLICATIONS_EN, PUBLICATIONS_FR),
                            visible(f, ProfileSection.PUBLICATIONS, viewer)),
                    scored(f, text(f, words, typos, BIO_EN, BIO_FR, BIO_AR), visible(f, ProfileSection.BIO, viewer)));
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
    /**
     * What the typed words are: the phrases that name concepts of the vocabulary ("santé publique"), matched as
     * phrases, never word by word ("publique" alone must not find "concertation publique"); the other words, matched
     * word by word; and among those, the ones that are not vocabulary words, the only ones whose typos are forgiven.
     */
    record Words(List<String> phrases, String rest, String unknown) {

        static Words of(String text, Vocabulary vocabulary) {
            var phrases = vocabulary.find(text).stream()
                    .map(ConceptMention::surface)
                    .distinct()
                    .toList();
            var uncovered =
                    MatchExplainer.MissionSide.uncovered(text, vocabulary).strip();
            // nothing but stop words or punctuation: the words as typed (they match nothing, as before)
            var rest = phrases.isEmpty() && uncovered.isBlank() ? text : uncovered;
            var unknown = Arrays.stream(rest.split("\\s+"))
                    .filter(word -> !word.isBlank() && !vocabulary.isLabelWord(word))
                    .collect(Collectors.joining(" "));
            return new Words(phrases, rest, unknown);
        }
    }

    private static SearchPredicate text(SearchPredicateFactory f, Words words, boolean typos, String... fields) {
        var alternatives = new ArrayList<SearchPredicate>();
        for (var field : fields) {
            var weight = TYPO_TOLERANT.contains(field) ? (field.equals(NAME) ? 3f : 2f) : 1f;
            for (var phrase : words.phrases()) {
                alternatives.add(f.phrase()
                        .field(field)
                        .matching(phrase)
                        .slop(1)
                        .boost(2 * weight)
                        .toPredicate());
            }
            if (!words.rest().isBlank()) {
                alternatives.add(f.match()
                        .field(field)
                        .matching(words.rest())
                        .boost(2 * weight)
                        .toPredicate());
            }
            if (typos && TYPO_TOLERANT.contains(field) && !words.unknown().isBlank()) {
                alternatives.add(f.match()
                        .field(field)
                        .matching(words.unknown())
                        .fuzzy(1, 2)
                        .boost(weight)
                        .toPredicate());
            }
        }
        return any(f, alternatives.toArray(SearchPredicate[]::new));
    }

    static SearchPredicate windowWith(SearchPredicateFactory f, String flag) {
        return f.nested(AVAILABILITY).add(f.match().field(flag).matching(true)).toPredicate();
    }
}
