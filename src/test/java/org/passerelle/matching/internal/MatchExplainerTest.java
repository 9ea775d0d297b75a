package org.passerelle.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Concept;
import org.passerelle.directory.ConceptIndexing.Evidence;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.MatchCriterion.Criterion;
import org.passerelle.matching.MatchCriterion.Outcome;
import org.passerelle.matching.MatchTier;
import org.passerelle.matching.SharedConcept.Relation;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.WorkMode;

/** The one explainer's rules, without an index, on a small vocabulary written here. */
class MatchExplainerTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 31);

    static final Vocabulary VOCABULARY = Vocabulary.of(List.of(
            concept("health", List.of(), List.of(), "health", "santé", "صحة"),
            concept(
                    "health/epidemiology",
                    List.of("health"),
                    List.of(),
                    "epidemiology",
                    "épidémiologie",
                    "علم الأوبئة"),
            concept(
                    "health/field-epidemiology",
                    List.of("health/epidemiology"),
                    List.of("health/disease-surveillance"),
                    "field epidemiology",
                    "épidémiologie de terrain",
                    "علم الأوبئة الميداني",
                    "field epidemiologist"),
            concept(
                    "health/disease-surveillance",
                    List.of("health"),
                    List.of("health/epidemiology"),
                    "disease surveillance",
                    "surveillance épidémiologique",
                    "الترصد الوبائي"),
            concept(
                    "health/public-health",
                    List.of("health"),
                    List.of(),
                    "public health",
                    "santé publique",
                    "الصحة العامة"),
            concept(
                    "health/midwifery",
                    List.of("health"),
                    List.of(),
                    "midwifery",
                    "maïeutique",
                    "القبالة",
                    "midwife",
                    "sage-femme",
                    "sages-femmes")));

    static Concept concept(
            String id, List<String> broader, List<String> related, String en, String fr, String ar, String... alt) {
        return new Concept(
                id,
                "health",
                Map.of(
                        "en", new Concept.Labels(en, List.of(alt)),
                        "fr", new Concept.Labels(fr, List.of()),
                        "ar", new Concept.Labels(ar, List.of())),
                broader,
                related);
    }

    static MissionDetails mission(String title, Set<String> skills, WorkMode mode, List<LanguageSkill> languages) {
        return new MissionDetails(
                1,
                0,
                1,
                "Ministry",
                title,
                "Former les équipes de district",
                "",
                "",
                Set.of("health"),
                "ML",
                "",
                "",
                mode,
                START,
                END,
                2,
                skills,
                languages,
                1,
                true,
                true,
                false,
                null,
                MissionStatus.PUBLISHED,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static final MissionDetails SURVEILLANCE = mission(
            "Renforcement de la surveillance épidémiologique",
            Set.of("épidémiologie", "santé publique"),
            WorkMode.ON_SITE,
            List.of(new LanguageSkill("fr", ProficiencyLevel.B2)));

    static MatchExplainer.ExpertSide expert(List<Evidence> evidence, List<AvailabilityWindow> availability) {
        return new MatchExplainer.ExpertSide(
                evidence, List.of(), List.of(), List.of("health"), Set.of("ML"), availability, false, true);
    }

    static MatchCriterion get(List<MatchCriterion> criteria, Criterion criterion) {
        return criteria.stream()
                .filter(c -> c.criterion() == criterion)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMissionIsReadAsConceptsOfItsTitleAndSkillsWithoutTheSectorRoot() {
        var side = MatchExplainer.MissionSide.of(SURVEILLANCE, VOCABULARY);
        assertThat(side.coreIds())
                .containsExactlyInAnyOrder(
                        "health/disease-surveillance", "health/epidemiology", "health/public-health");
    }

    @Test
    void anEnglishFieldEpidemiologistIsAStrongMatchForAFrenchEpidemiologyMissionAndTheExplanationSaysWhy() {
        var side = MatchExplainer.MissionSide.of(SURVEILLANCE, VOCABULARY);
        var why = MatchExplainer.explain(
                side,
                expert(
                        List.of(new Evidence("IDENTITY", "health/field-epidemiology", "en", "field epidemiologist")),
                        List.of()),
                VOCABULARY);
        assertThat(why.tier()).isEqualTo(MatchTier.STRONG);
        var skills = get(why.criteria(), Criterion.SKILLS);
        assertThat(skills.concepts()).hasSize(2);
        var epidemiology = skills.concepts().stream()
                .filter(c -> c.conceptId().equals("health/epidemiology"))
                .findFirst()
                .orElseThrow();
        assertThat(epidemiology.relation()).isEqualTo(Relation.NARROWER);
        assertThat(epidemiology.expertWords()).isEqualTo("field epidemiologist");
        assertThat(epidemiology.otherLanguage()).isTrue();
        assertThat(epidemiology.label(Locale.FRENCH)).isEqualTo("épidémiologie");
        var related = skills.concepts().stream()
                .filter(c -> c.conceptId().equals("health/disease-surveillance"))
                .findFirst()
                .orElseThrow();
        assertThat(related.relation())
                .as("surveillance is related to epidemiology")
                .isEqualTo(Relation.RELATED);
    }

    @Test
    void sharingOnlyTheSectorRootOrNothingIsNeverAMatch() {
        var side = MatchExplainer.MissionSide.of(SURVEILLANCE, VOCABULARY);
        var gynaecologist = MatchExplainer.explain(
                side, expert(List.of(new Evidence("BIO", "health", "fr", "santé")), List.of()), VOCABULARY);
        assertThat(gynaecologist.tier()).isEqualTo(MatchTier.SECTOR_ONLY);
        assertThat(get(gynaecologist.criteria(), Criterion.SKILLS).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aFragmentOfACompoundNeverStandsForIt() {
        assertThat(VOCABULARY.find("Avocate, droits des femmes")).isEmpty();
        assertThat(VOCABULARY.find("Formation des sages-femmes"))
                .extracting(m -> m.conceptId())
                .containsExactly("health/midwifery");
    }

    @Test
    void availabilityIsFlaggedWithTheNextWindowUnknownWhenNothingStatedAndHiddenWhenNotShared() {
        var side = MatchExplainer.MissionSide.of(SURVEILLANCE, VOCABULARY);
        var later = new AvailabilityWindow(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 31), true, true);
        var before = new AvailabilityWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), true, true);
        var away = MatchExplainer.availability(side, List.of(before, later));
        assertThat(away.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(away.availableFrom()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(MatchExplainer.availability(side, List.of()).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(MatchExplainer.availability(side, null).outcome()).isEqualTo(Outcome.HIDDEN);
        var remoteOnly = new AvailabilityWindow(START, END, true, false);
        var notOnSite = MatchExplainer.availability(side, List.of(remoteOnly));
        assertThat(notOnSite.outcome()).as("remote only for an on-site mission").isEqualTo(Outcome.NOT_MET);
        assertThat(notOnSite.windows()).containsExactly(remoteOnly);
    }

    @Test
    void availabilityFitsWhenAWindowOverlapsInAWayOfWorkingTheMissionAllows() {
        var remoteOnly = new AvailabilityWindow(END, END.plusDays(10), true, false);
        var onSiteBefore = new AvailabilityWindow(START.minusDays(30), START.minusDays(1), false, true);
        var remote = MatchExplainer.MissionSide.of(mission("x", Set.of(), WorkMode.REMOTE, List.of()), VOCABULARY);
        var hybrid = MatchExplainer.MissionSide.of(mission("x", Set.of(), WorkMode.HYBRID, List.of()), VOCABULARY);
        var onSite = MatchExplainer.MissionSide.of(mission("x", Set.of(), WorkMode.ON_SITE, List.of()), VOCABULARY);
        assertThat(MatchExplainer.fits(remoteOnly, remote)).isTrue();
        assertThat(MatchExplainer.fits(remoteOnly, hybrid)).isTrue();
        assertThat(MatchExplainer.fits(remoteOnly, onSite)).isFalse();
        assertThat(MatchExplainer.fits(onSiteBefore, onSite))
                .as("ends the day before")
                .isFalse();
    }

    @Test
    void sectionsTheReaderMayNotSeeAreReportedHiddenNeverMatchedOrNot() {
        var side = MatchExplainer.MissionSide.of(SURVEILLANCE, VOCABULARY);
        var hidden = new MatchExplainer.ExpertSide(List.of(), List.of(), null, null, null, null, null, true);
        var criteria = MatchExplainer.explain(side, hidden, VOCABULARY).criteria();
        for (var criterion : List.of(
                Criterion.SECTOR,
                Criterion.DESCRIPTION,
                Criterion.AVAILABILITY,
                Criterion.HERITAGE,
                Criterion.VERIFIED_QUALIFICATION)) {
            assertThat(get(criteria, criterion).outcome()).as(criterion.name()).isEqualTo(Outcome.HIDDEN);
        }
        assertThat(get(criteria, Criterion.LANGUAGES).details()).containsExactly("fr B2");
    }

    @Test
    void theExpertsOwnProfileIsReadTheSameWayForMissionsForYou() {
        var profile = new ProfileForm();
        profile.setHeadline("Field epidemiologist");
        profile.setSkills(new LinkedHashSet<>(List.of("Surveillance", "dermatology")));
        profile.setSectors(new LinkedHashSet<>(List.of("health")));
        profile.setLanguages(new ArrayList<>(List.of(new LanguageSkill("fr", ProficiencyLevel.B1))));
        var mission =
                mission("Disease surveillance", Set.of("surveillance"), WorkMode.ON_SITE, SURVEILLANCE.languages());
        var side = OwnProfile.side(profile, mission, VOCABULARY);
        assertThat(side.speaks()).as("B1 is below B2").isFalse();
        assertThat(side.skillWords()).containsExactly("Surveillance");
        var why = MatchExplainer.explain(MatchExplainer.MissionSide.of(mission, VOCABULARY), side, VOCABULARY);
        assertThat(get(why.criteria(), Criterion.LANGUAGES).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(get(why.criteria(), Criterion.SKILLS).concepts())
                .extracting(c -> c.relation())
                .containsExactly(Relation.RELATED);
        profile.setLanguages(new ArrayList<>(List.of(new LanguageSkill("fr", ProficiencyLevel.NATIVE))));
        assertThat(OwnProfile.speaks(profile, mission)).isTrue();
    }
}
