package org.passerelle.matching.internal;

import static org.passerelle.directory.ExpertIndex.AVAILABILITY;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_END;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_ON_SITE;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_REMOTE;
import static org.passerelle.directory.ExpertIndex.AVAILABILITY_START;
import static org.passerelle.directory.ExpertIndex.BIO_EN;
import static org.passerelle.directory.ExpertIndex.BIO_FR;
import static org.passerelle.directory.ExpertIndex.EXPERIENCE_EN;
import static org.passerelle.directory.ExpertIndex.EXPERIENCE_FR;
import static org.passerelle.directory.ExpertIndex.HEADLINE_EN;
import static org.passerelle.directory.ExpertIndex.HEADLINE_FR;
import static org.passerelle.directory.ExpertIndex.HERITAGE;
import static org.passerelle.directory.ExpertIndex.LANGUAGE_LEVEL;
import static org.passerelle.directory.ExpertIndex.NAME;
import static org.passerelle.directory.ExpertIndex.NAME_SORT;
import static org.passerelle.directory.ExpertIndex.QUALIFICATIONS_EN;
import static org.passerelle.directory.ExpertIndex.QUALIFICATIONS_FR;
import static org.passerelle.directory.ExpertIndex.SECTOR;
import static org.passerelle.directory.ExpertIndex.SKILLS_EN;
import static org.passerelle.directory.ExpertIndex.SKILLS_FR;
import static org.passerelle.directory.ExpertIndex.SKILLS_TEXT_EN;
import static org.passerelle.directory.ExpertIndex.SKILLS_TEXT_FR;
import static org.passerelle.directory.ExpertIndex.USER_ID;
import static org.passerelle.directory.ExpertIndex.VERIFIED_QUALIFICATION;
import static org.passerelle.directory.ExpertIndex.visibility;
import static org.passerelle.matching.internal.ExpertSearchQueries.all;
import static org.passerelle.matching.internal.ExpertSearchQueries.any;
import static org.passerelle.matching.internal.ExpertSearchQueries.scored;
import static org.passerelle.matching.internal.ExpertSearchQueries.visible;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;
import org.passerelle.missions.MissionView;
import org.springframework.stereotype.Component;

/**
 * Ranks experts for a mission with one Lucene query, every clause paired with "the viewer may see that section":
 *
 * <ul>
 *   <li>a candidate must match the mission's skills or title (skills, headline) or one of its sectors;
 *   <li>required languages at the required level are a hard filter, and so is availability: an expert who stated
 *       availability windows, none of which overlaps the mission in a way of working it allows, is left out (an
 *       expert who stated none, or hides them from the viewer, stays);
 *   <li>the score adds the text match (skills weigh most, then headline, then biography, experience and
 *       qualifications, in English and French analysis), and fixed boosts for a shared sector, an availability
 *       window overlapping the mission in a way of working it allows, a heritage tie to its country, and a verified
 *       qualification.
 * </ul>
 *
 * What each candidate matched is read back from projections and highlights by {@link MatchExplainer}.
 */
@Component
public class CandidateQueries {

    static final float SECTOR_BOOST = 2f;
    static final float AVAILABILITY_BOOST = 2f;
    static final float HERITAGE_BOOST = 1.5f;
    static final float VERIFIED_BOOST = 1f;
    /** The mission's free text is cut here: enough to rank, bounded cost. */
    static final int MAX_DESCRIPTION = 600;

    private final EntityManager entityManager;

    CandidateQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One ranked candidate as read from the index, before explanation. */
    public record Row(
            long profileId,
            String name,
            String headline,
            float score,
            List<String> sectors,
            List<String> heritage,
            long userId,
            boolean verified,
            Visibility expertise,
            Visibility origins,
            Visibility availabilityVisibility,
            Visibility qualifications,
            Visibility bio,
            List<AvailabilityWindow> availability,
            List<String> skillMarks,
            List<String> bioMarks) {}

    public List<Row> rank(MissionView mission, Viewer viewer, int limit) {
        var session = Search.session(entityManager);
        var scope = session.scope(Object.class, ExpertIndex.ENTITY);
        var f = scope.predicate();
        var where = where(f, mission, viewer);
        return session
                .search(scope)
                .select(p -> p.composite()
                        .from(
                                p.id(Long.class),
                                p.field(NAME, String.class),
                                p.field(HEADLINE_EN, String.class),
                                p.score(),
                                p.field(SECTOR, String.class).list(),
                                p.field(HERITAGE, String.class).list(),
                                p.field(USER_ID, Long.class),
                                p.field(VERIFIED_QUALIFICATION, String.class),
                                p.field(visibility(ProfileSection.EXPERTISE), Visibility.class),
                                p.field(visibility(ProfileSection.ORIGINS), Visibility.class),
                                p.field(visibility(ProfileSection.AVAILABILITY), Visibility.class),
                                p.field(visibility(ProfileSection.QUALIFICATIONS), Visibility.class),
                                p.field(visibility(ProfileSection.BIO), Visibility.class),
                                p.object(AVAILABILITY)
                                        .from(
                                                p.field(AVAILABILITY_START, LocalDate.class),
                                                p.field(AVAILABILITY_END, LocalDate.class),
                                                p.field(AVAILABILITY_REMOTE, Boolean.class),
                                                p.field(AVAILABILITY_ON_SITE, Boolean.class))
                                        .asArray()
                                        .list(),
                                p.composite()
                                        .from(
                                                p.highlight(SKILLS_EN),
                                                p.highlight(SKILLS_FR),
                                                p.highlight(HEADLINE_EN),
                                                p.highlight(HEADLINE_FR),
                                                p.highlight(BIO_EN),
                                                p.highlight(BIO_FR))
                                        .asArray())
                        .asArray())
                .where(where)
                .highlighter(h -> h.fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(3))
                .sort(s -> s.score().then().field(NAME_SORT))
                .fetchHits(limit)
                .stream()
                .map(CandidateQueries::toRow)
                .toList();
    }

    private static SearchPredicate where(SearchPredicateFactory f, MissionView mission, Viewer viewer) {
        var expertise = visible(f, ProfileSection.EXPERTISE, viewer);
        var identity = visible(f, ProfileSection.IDENTITY, viewer);
        var gate = new ArrayList<SearchPredicate>();
        for (var skill : mission.skills()) {
            gate.add(scored(f, match(f, skill, 3f, SKILLS_EN, SKILLS_FR), expertise));
            gate.add(scored(f, match(f, skill, 2f, SKILLS_TEXT_EN, SKILLS_TEXT_FR), expertise));
            gate.add(scored(f, match(f, skill, 2f, HEADLINE_EN, HEADLINE_FR), identity));
        }
        gate.add(scored(f, match(f, mission.title(), 1.5f, SKILLS_EN, SKILLS_FR), expertise));
        gate.add(scored(f, match(f, mission.title(), 1.5f, HEADLINE_EN, HEADLINE_FR), identity));
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
        var where = f.bool().must(any(f, gate.toArray(SearchPredicate[]::new)));

        var description = description(mission);
        where.should(scored(f, match(f, description, 0.5f, BIO_EN, BIO_FR), visible(f, ProfileSection.BIO, viewer)));
        where.should(scored(
                f,
                match(f, description, 0.5f, EXPERIENCE_EN, EXPERIENCE_FR),
                visible(f, ProfileSection.EXPERIENCE, viewer)));
        where.should(scored(
                f,
                match(f, description, 0.5f, QUALIFICATIONS_EN, QUALIFICATIONS_FR),
                visible(f, ProfileSection.QUALIFICATIONS, viewer)));
        where.should(scored(
                f,
                f.match()
                        .field(HERITAGE)
                        .matching(mission.country())
                        .constantScore()
                        .boost(HERITAGE_BOOST)
                        .toPredicate(),
                visible(f, ProfileSection.ORIGINS, viewer)));
        var availability = availability(f, mission);
        where.should(scored(f, availability, visible(f, ProfileSection.AVAILABILITY, viewer)));
        // experts who said when they are available, and none of it fits, are left out; unknown availability stays
        where.filter(any(
                f,
                f.not(visible(f, ProfileSection.AVAILABILITY, viewer)).toPredicate(),
                f.not(f.exists().field(AVAILABILITY).toPredicate()).toPredicate(),
                availability));
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
        for (var language : mission.languages()) {
            where.filter(all(
                    f,
                    expertise,
                    f.match()
                            .field(LANGUAGE_LEVEL)
                            .matching(
                                    language.language() + ":" + language.level().name())
                            .toPredicate()));
        }
        return where.toPredicate();
    }

    /** An availability window sharing a day with the mission's window, in a way of working the mission allows. */
    private static SearchPredicate availability(SearchPredicateFactory f, MissionView mission) {
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

    static String description(MissionView mission) {
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

    private static Row toRow(Object[] row) {
        var marks = (Object[]) row[14];
        return new Row(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (Float) row[3],
                strings(row[4]),
                strings(row[5]),
                (Long) row[6],
                "true".equals(row[7]),
                (Visibility) row[8],
                (Visibility) row[9],
                (Visibility) row[10],
                (Visibility) row[11],
                (Visibility) row[12],
                windows(row[13]),
                concat(marks[0], marks[1], marks[2], marks[3]),
                concat(marks[4], marks[5]));
    }

    private static List<AvailabilityWindow> windows(Object list) {
        if (list == null) {
            return List.of();
        }
        return ((List<?>) list)
                .stream()
                        .map(o -> (Object[]) o)
                        .map(w -> new AvailabilityWindow(
                                (LocalDate) w[0],
                                (LocalDate) w[1],
                                Boolean.TRUE.equals(w[2]),
                                Boolean.TRUE.equals(w[3])))
                        .toList();
    }

    private static List<String> strings(Object list) {
        return list == null
                ? List.of()
                : ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static List<String> concat(Object... lists) {
        var all = new ArrayList<String>();
        for (var list : lists) {
            all.addAll(strings(list));
        }
        return all;
    }
}
