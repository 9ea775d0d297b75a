package org.passerelle.matching.internal;

import static org.passerelle.missions.MissionIndex.COUNTRY;
import static org.passerelle.missions.MissionIndex.END;
import static org.passerelle.missions.MissionIndex.ON_SITE;
import static org.passerelle.missions.MissionIndex.REMOTE_POSSIBLE;
import static org.passerelle.missions.MissionIndex.SECTOR;
import static org.passerelle.missions.MissionIndex.SKILLS_EN;
import static org.passerelle.missions.MissionIndex.SKILLS_FR;
import static org.passerelle.missions.MissionIndex.START;
import static org.passerelle.missions.MissionIndex.STATUS;
import static org.passerelle.missions.MissionIndex.TEXT_EN;
import static org.passerelle.missions.MissionIndex.TEXT_FR;
import static org.passerelle.missions.MissionIndex.TITLE_EN;
import static org.passerelle.missions.MissionIndex.TITLE_FR;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ConceptMention;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.Vocabulary;
import org.passerelle.missions.MissionIndex;
import org.passerelle.missions.MissionStatus;
import org.springframework.stereotype.Component;

/**
 * The reverse ranking: published missions for an expert's profile. A mission must ask for a concept the expert names
 * (in any language; a broader one counts less), share a telling word of the expert's skills or headline, or a sector;
 * it scores higher with more shared concepts and words, a shared sector, an availability window of the expert
 * overlapping it, and the expert's heritage country. Languages and deadlines are checked on the
 * few missions returned, by the service.
 */
@Component
public class ReverseQueries {

    private final EntityManager entityManager;
    private final Vocabulary vocabulary;

    ReverseQueries(EntityManager entityManager, Vocabulary vocabulary) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
    }

    /** Ids of the best published missions for this profile, best first. */
    public List<Long> rank(ProfileForm profile, int limit) {
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, MissionIndex.ENTITY);
        var f = scope.predicate();
        var gate = new ArrayList<SearchPredicate>();
        var texts = new ArrayList<String>(profile.getSkills());
        texts.add(profile.getHeadline() == null ? "" : profile.getHeadline());
        texts.add(profile.getSkillsText() == null ? "" : profile.getSkillsText());
        profile.getExperience().forEach(e -> texts.add(e.role()));
        var concepts = MatchExplainer.specific(vocabulary.find(texts), vocabulary).stream()
                .map(ConceptMention::conceptId)
                .toList();
        if (!concepts.isEmpty()) {
            // the mission asks for a concept the expert names (in any language), or for a broader one
            gate.add(f.terms()
                    .field(ConceptIndexing.CONCEPT)
                    .matchingAny(ConceptIndexing.terms(MissionIndex.CORE, concepts))
                    .constantScore()
                    .boost(CandidateQueries.CONCEPT_WEIGHT * 2)
                    .toPredicate());
            gate.add(f.terms()
                    .field(ConceptIndexing.CONCEPT)
                    .matchingAny(ConceptIndexing.terms(MissionIndex.TEXT, concepts))
                    .constantScore()
                    .boost(CandidateQueries.DESCRIPTION_CONCEPT_WEIGHT * 2)
                    .toPredicate());
            var broader = new LinkedHashSet<String>();
            concepts.forEach(id -> broader.addAll(vocabulary.ancestors(id)));
            broader.removeIf(id -> vocabulary.depth(id) <= MatchExplainer.GENERAL_DEPTH);
            if (!broader.isEmpty()) {
                gate.add(f.terms()
                        .field(ConceptIndexing.CONCEPT)
                        .matchingAny(ConceptIndexing.terms(MissionIndex.CORE, List.copyOf(broader)))
                        .constantScore()
                        .boost(CandidateQueries.NARROWER_WEIGHT)
                        .toPredicate());
            }
        }
        var terms = new ArrayList<String>();
        for (var text : List.of(
                String.join(" ", profile.getSkills()), profile.getHeadline() == null ? "" : profile.getHeadline())) {
            var telling = TellingWords.only(text);
            if (!telling.isBlank()) {
                terms.add(telling);
            }
        }
        for (var term : terms) {
            gate.add(f.match()
                    .fields(SKILLS_EN, SKILLS_FR)
                    .matching(term)
                    .boost(3f)
                    .toPredicate());
            gate.add(f.match()
                    .fields(TITLE_EN, TITLE_FR)
                    .matching(term)
                    .boost(2f)
                    .toPredicate());
            gate.add(f.match().fields(TEXT_EN, TEXT_FR).matching(term).toPredicate());
        }
        if (!profile.getSectors().isEmpty()) {
            gate.add(f.terms()
                    .field(SECTOR)
                    .matchingAny(profile.getSectors())
                    .constantScore()
                    .boost(CandidateQueries.SECTOR_BOOST)
                    .toPredicate());
        }
        if (gate.isEmpty()) {
            return List.of();
        }
        var where = f.bool()
                .must(ExpertPredicates.any(f, gate.toArray(SearchPredicate[]::new)))
                .filter(f.match().field(STATUS).matching(MissionStatus.PUBLISHED));
        if (!profile.getHeritageCountries().isEmpty()) {
            where.should(f.terms()
                    .field(COUNTRY)
                    .matchingAny(profile.getHeritageCountries())
                    .constantScore()
                    .boost(CandidateQueries.HERITAGE_BOOST));
        }
        for (var window : profile.getAvailability()) {
            var overlap = f.bool()
                    .filter(f.range().field(START).atMost(window.end()))
                    .filter(f.range().field(END).atLeast(window.start()));
            if (!window.onSite()) {
                overlap.filter(f.match().field(REMOTE_POSSIBLE).matching(true));
            } else if (!window.remote()) {
                overlap.filter(f.match().field(ON_SITE).matching(true));
            }
            where.should(overlap.constantScore().boost(CandidateQueries.AVAILABILITY_BOOST));
        }
        return session.search(scope)
                .select(p -> p.id(Long.class))
                .where(where.toPredicate())
                .sort(s -> s.score().then().field(MissionIndex.PUBLISHED_AT).desc())
                .fetchHits(limit);
    }
}
