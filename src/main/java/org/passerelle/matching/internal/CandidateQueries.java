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
import static org.passerelle.directory.ExpertIndex.LANGUAGE_LEVEL;
import static org.passerelle.directory.ExpertIndex.NAME_SORT;
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
import static org.passerelle.matching.internal.ExpertPredicates.concepts;
import static org.passerelle.matching.internal.ExpertPredicates.scored;
import static org.passerelle.matching.internal.ExpertPredicates.visible;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.internal.MatchExplainer.MissionSide;
import org.passerelle.missions.MissionDetails;
import org.springframework.stereotype.Component;

/**
 * Ranks experts for a mission with one Lucene query, every clause paired with "the viewer may see that section":
 *
 * <ul>
 *   <li>a candidate must share something with the mission: a concept of its title and skills (the same, a narrower,
 *       a broader or a related one, in any language), a telling word of its skills or title in the expert's skills
 *       or headline, or a sector. Common words never count: they are not indexed, and generic words are taken out
 *       of the query;
 *   <li>the score adds, in decreasing weight: the mission's concepts named by the expert (a narrower one counts
 *       almost as much, a broader or related one much less), whole skill phrases, the telling words, concepts of the
 *       mission's description, the description's words in the biography and experience, a shared sector, an
 *       availability window that fits, a heritage tie and a verified qualification;
 *   <li>required languages at the required level are a hard filter. Availability is not: an expert whose stated
 *       availability does not fit stays, and is flagged and placed lower by the service.
 * </ul>
 *
 * Candidates come back as {@link CandidateRow}s; {@link MatchExplainer} says why, and sorts them into tiers.
 */
@Component
public class CandidateQueries {

    static final float CONCEPT_WEIGHT = 3f;
    static final float NARROWER_WEIGHT = 2.4f;
    static final float NEAR_WEIGHT = 0.6f;
    static final float DESCRIPTION_CONCEPT_WEIGHT = 0.8f;
    static final float PHRASE_BOOST = 4f;
    static final float WORD_BOOST = 1.5f;
    static final float SECTOR_BOOST = 2f;
    static final float AVAILABILITY_BOOST = 2f;
    static final float HERITAGE_BOOST = 1.5f;
    static final float VERIFIED_BOOST = 1f;
    /** The mission's free text is cut here: enough to rank, bounded cost. */
    static final int MAX_DESCRIPTION = 600;

    private final EntityManager entityManager;
    private final Vocabulary vocabulary;

    CandidateQueries(EntityManager entityManager, Vocabulary vocabulary) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
    }

    public List<CandidateRow> rank(MissionDetails mission, MissionSide side, Viewer viewer, int limit) {
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, ExpertIndex.ENTITY);
        var f = scope.predicate();
        return session.search(scope)
                .select(CandidateRow.class)
                .where(where(f, mission, side, viewer, true))
                .sort(s -> s.score().then().field(NAME_SORT))
                .fetchHits(limit);
    }

    /**
     * How many experts name a concept of the mission's title and skills (the same or a narrower one) but are left
     * out because they lack a required language: the institution may want to relax it.
     */
    public long leftOutForLanguage(MissionDetails mission, MissionSide side, Viewer viewer) {
        if (mission.languages().isEmpty() || side.core().isEmpty()) {
            return 0;
        }
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, ExpertIndex.ENTITY);
        var f = scope.predicate();
        var ids = side.coreIds();
        var where = f.bool()
                .must(any(
                        f,
                        concepts(f, ConceptIndexing.CONCEPT, ids, 1f, viewer),
                        concepts(f, ConceptIndexing.CONCEPT_WIDE, ids, 1f, viewer)))
                .filter(visible(f, ProfileSection.IDENTITY, viewer))
                .mustNot(languages(f, mission, viewer));
        return session.search(scope).where(where.toPredicate()).fetchTotalHitCount();
    }

    private SearchPredicate where(
            SearchPredicateFactory f, MissionDetails mission, MissionSide side, Viewer viewer, boolean withLanguages) {
        var expertise = visible(f, ProfileSection.EXPERTISE, viewer);
        var identity = visible(f, ProfileSection.IDENTITY, viewer);
        var gate = new ArrayList<SearchPredicate>();

        var core = side.coreIds();
        if (!core.isEmpty()) {
            gate.add(concepts(f, ConceptIndexing.CONCEPT, core, CONCEPT_WEIGHT, viewer));
            gate.add(concepts(f, ConceptIndexing.CONCEPT_WIDE, core, NARROWER_WEIGHT, viewer));
            var near = near(core);
            if (!near.isEmpty()) {
                gate.add(concepts(f, ConceptIndexing.CONCEPT, near, NEAR_WEIGHT, viewer));
            }
        }
        for (var telling : side.words()) {
            if (telling.contains(" ")) {
                gate.add(scored(f, phrase(f, telling, PHRASE_BOOST, SKILLS_EN, SKILLS_FR, SKILLS_AR), expertise));
                gate.add(scored(f, phrase(f, telling, PHRASE_BOOST, HEADLINE_EN, HEADLINE_FR, HEADLINE_AR), identity));
            }
            gate.add(scored(f, match(f, telling, WORD_BOOST, SKILLS_EN, SKILLS_FR, SKILLS_AR), expertise));
            gate.add(scored(
                    f, match(f, telling, WORD_BOOST / 2, SKILLS_TEXT_EN, SKILLS_TEXT_FR, SKILLS_TEXT_AR), expertise));
            gate.add(scored(f, match(f, telling, WORD_BOOST, HEADLINE_EN, HEADLINE_FR, HEADLINE_AR), identity));
        }
        if (!mission.sectors().isEmpty()) {
            gate.add(scored(
                    f,
                    f.terms()
                            .field(SECTOR)
                            .matchingAny(mission.sectors())
                            .constantScore()
                            .boost(SECTOR_BOOST)
                            .toPredicate(),
                    expertise));
        }
        if (gate.isEmpty()) {
            // a mission with neither skills, telling words nor sector: nobody can be matched to it
            return f.matchNone().toPredicate();
        }
        var where = f.bool().must(any(f, gate.toArray(SearchPredicate[]::new)));

        var description = side.descriptionIds();
        if (!description.isEmpty()) {
            where.should(concepts(f, ConceptIndexing.CONCEPT, description, DESCRIPTION_CONCEPT_WEIGHT, viewer));
        }
        var text = TellingWords.only(description(mission));
        if (!text.isBlank()) {
            where.should(
                    scored(f, match(f, text, 0.3f, BIO_EN, BIO_FR, BIO_AR), visible(f, ProfileSection.BIO, viewer)));
            where.should(scored(
                    f,
                    match(f, text, 0.3f, EXPERIENCE_EN, EXPERIENCE_FR, EXPERIENCE_AR),
                    visible(f, ProfileSection.EXPERIENCE, viewer)));
        }
        where.should(scored(
                f,
                f.match()
                        .field(HERITAGE)
                        .matching(mission.country())
                        .constantScore()
                        .boost(HERITAGE_BOOST)
                        .toPredicate(),
                visible(f, ProfileSection.ORIGINS, viewer)));
        where.should(scored(f, availability(f, mission), visible(f, ProfileSection.AVAILABILITY, viewer)));
        where.should(scored(
                f,
                f.match()
                        .field(VERIFIED_QUALIFICATION)
                        .matching("true")
                        .constantScore()
                        .boost(VERIFIED_BOOST)
                        .toPredicate(),
                visible(f, ProfileSection.QUALIFICATIONS, viewer)));
        where.filter(identity);
        if (withLanguages && !mission.languages().isEmpty()) {
            where.filter(languages(f, mission, viewer));
        }
        return where.toPredicate();
    }

    /** Broader (sector roots excepted) and related concepts of these, not these themselves. */
    private Set<String> near(Set<String> ids) {
        var near = new LinkedHashSet<String>();
        for (var id : ids) {
            for (var other : vocabulary.neighbours(id)) {
                if (vocabulary.concept(other).map(c -> !c.isRoot()).orElse(false)) {
                    near.add(other);
                }
            }
        }
        near.removeAll(ids);
        return near;
    }

    /** Every required language at the required level or better. */
    private static SearchPredicate languages(SearchPredicateFactory f, MissionDetails mission, Viewer viewer) {
        var all = new ArrayList<SearchPredicate>();
        all.add(visible(f, ProfileSection.EXPERTISE, viewer));
        for (var language : mission.languages()) {
            all.add(f.match()
                    .field(LANGUAGE_LEVEL)
                    .matching(language.language() + ":" + language.level().name())
                    .toPredicate());
        }
        return all(f, all.toArray(SearchPredicate[]::new));
    }

    /** An availability window sharing a day with the mission's window, in a way of working the mission allows. */
    private static SearchPredicate availability(SearchPredicateFactory f, MissionDetails mission) {
        var window = f.nested(AVAILABILITY)
                .add(f.range().field(AVAILABILITY_START).atMost(mission.endDate()))
                .add(f.range().field(AVAILABILITY_END).atLeast(mission.startDate()));
        switch (mission.mode()) {
            case ON_SITE -> window.add(f.match().field(AVAILABILITY_ON_SITE).matching(true));
            case REMOTE -> window.add(f.match().field(AVAILABILITY_REMOTE).matching(true));
            case HYBRID -> {}
        }
        return f.bool()
                .filter(window.toPredicate())
                .constantScore()
                .boost(AVAILABILITY_BOOST)
                .toPredicate();
    }

    static String description(MissionDetails mission) {
        var text = mission.title() + " " + mission.summary();
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
    }

    private static SearchPredicate match(SearchPredicateFactory f, String text, float boost, String... fields) {
        var or = f.or();
        for (var field : fields) {
            or.add(f.match().field(field).matching(text).boost(boost));
        }
        return or.toPredicate();
    }

    /** The words together, in order, at most one other word between them. */
    private static SearchPredicate phrase(SearchPredicateFactory f, String text, float boost, String... fields) {
        var or = f.or();
        for (var field : fields) {
            or.add(f.phrase().field(field).matching(text).slop(1).boost(boost));
        }
        return or.toPredicate();
    }
}
