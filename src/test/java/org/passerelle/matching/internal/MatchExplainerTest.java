package org.passerelle.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.MatchCriterion.Criterion;
import org.passerelle.matching.MatchCriterion.Outcome;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.MissionView;
import org.passerelle.missions.WorkMode;

/** The ranking's explanation rules, without an index. */
class MatchExplainerTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 31);
    static final Viewer MEMBER = new Viewer(99L, true, false, false);

    static MissionView mission(WorkMode mode, List<LanguageSkill> languages) {
        return new MissionView(
                1,
                0,
                1,
                "Ministry",
                "Vaccination campaign",
                "Renforcer la vaccination",
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
                Set.of("vaccination"),
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

    static CandidateQueries.Row row(Visibility sections, List<AvailabilityWindow> availability, boolean verified) {
        return new CandidateQueries.Row(
                7,
                "Awa",
                "Nurse",
                3f,
                List.of("health", "education"),
                List.of("ML"),
                5L,
                verified,
                sections,
                sections,
                sections,
                sections,
                sections,
                availability,
                List.of("<mark>Vaccinations</mark> and <mark>the</mark> cold chain", "<mark>vaccinations</mark>"),
                List.of("Je forme <mark>des</mark> équipes"));
    }

    static MatchCriterion get(List<MatchCriterion> criteria, Criterion criterion) {
        return criteria.stream()
                .filter(c -> c.criterion() == criterion)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void matchedTermsAreTheMarkedWordsOnceEachWithoutStopWords() {
        var criteria = MatchExplainer.explain(
                row(Visibility.MEMBERS, List.of(), false), mission(WorkMode.ON_SITE, List.of()), MEMBER);
        assertThat(get(criteria, Criterion.SKILLS).details()).containsExactly("vaccinations");
        assertThat(get(criteria, Criterion.DESCRIPTION).outcome())
                .as("only a stop word matched")
                .isEqualTo(Outcome.NOT_MET);
        assertThat(get(criteria, Criterion.SECTOR).details()).containsExactly("health");
        assertThat(get(criteria, Criterion.HERITAGE).details()).containsExactly("ML");
        assertThat(get(criteria, Criterion.AVAILABILITY).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(get(criteria, Criterion.VERIFIED_QUALIFICATION).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(criteria).extracting(MatchCriterion::criterion).doesNotContain(Criterion.LANGUAGES);
    }

    @Test
    void sectionsTheViewerMayNotSeeAreReportedHiddenNeverMatchedOrNot() {
        var criteria = MatchExplainer.explain(
                row(Visibility.ONLY_ME, List.of(new AvailabilityWindow(START, END, true, true)), true),
                mission(WorkMode.ON_SITE, List.of(new LanguageSkill("fr", ProficiencyLevel.B2))),
                MEMBER);
        for (var criterion : List.of(
                Criterion.SECTOR,
                Criterion.DESCRIPTION,
                Criterion.AVAILABILITY,
                Criterion.HERITAGE,
                Criterion.VERIFIED_QUALIFICATION)) {
            assertThat(get(criteria, criterion).outcome()).as(criterion.name()).isEqualTo(Outcome.HIDDEN);
            assertThat(get(criteria, criterion).details()).isEmpty();
        }
        assertThat(get(criteria, Criterion.LANGUAGES).details()).containsExactly("fr B2");
    }

    @Test
    void availabilityFitsWhenAWindowOverlapsInAWayOfWorkingTheMissionAllows() {
        var remoteOnly = new AvailabilityWindow(END, END.plusDays(10), true, false);
        var onSiteBefore = new AvailabilityWindow(START.minusDays(30), START.minusDays(1), false, true);
        assertThat(MatchExplainer.fits(remoteOnly, mission(WorkMode.REMOTE, List.of())))
                .isTrue();
        assertThat(MatchExplainer.fits(remoteOnly, mission(WorkMode.HYBRID, List.of())))
                .isTrue();
        assertThat(MatchExplainer.fits(remoteOnly, mission(WorkMode.ON_SITE, List.of())))
                .isFalse();
        assertThat(MatchExplainer.fits(onSiteBefore, mission(WorkMode.ON_SITE, List.of())))
                .as("ends the day before")
                .isFalse();
    }

    @Test
    void theReverseExplanationComparesStemsInBothLanguagesAndLevels() {
        var profile = new ProfileForm();
        profile.setSkills(new LinkedHashSet<>(List.of("Vaccinations", "dermatology")));
        profile.setSectors(new LinkedHashSet<>(List.of("health")));
        profile.setLanguages(new ArrayList<>(List.of(new LanguageSkill("fr", ProficiencyLevel.B1))));
        var french = mission(WorkMode.ON_SITE, List.of(new LanguageSkill("fr", ProficiencyLevel.B2)));
        var criteria = MissionExplainer.explain(french, profile);
        assertThat(get(criteria, Criterion.SKILLS).details()).containsExactly("Vaccinations");
        assertThat(MissionExplainer.speaks(profile, french))
                .as("B1 is below B2")
                .isFalse();
        assertThat(get(criteria, Criterion.LANGUAGES).outcome()).isEqualTo(Outcome.NOT_MET);
        profile.setLanguages(new ArrayList<>(List.of(new LanguageSkill("fr", ProficiencyLevel.NATIVE))));
        assertThat(MissionExplainer.speaks(profile, french)).isTrue();
    }
}
