package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.matching.RealisticJudgedSet.Grade;
import org.passerelle.missions.MissionFixtures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Mission → expert ranking measured on the realistic judged set ({@link RealisticJudgedSet}): per mission and
 * overall precision@5, nDCG@10, recall@20 of strong experts, irrelevant experts in the top 10, relevant experts
 * beyond the 50th place; the same for French missions and for cross-language missions. The report is written to
 * {@code target/matching-quality.md}; the floors below are the targets.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionMatchingIT {

    private static final Logger log = LoggerFactory.getLogger(MissionMatchingIT.class);

    @Autowired
    MissionMatchService matching;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers users;

    final RealisticJudgedSet set = RealisticJudgedSet.load();
    UserAccount rep;
    final Map<String, UserAccount> experts = new HashMap<>();
    final Map<Long, String> expertKeys = new HashMap<>();
    final Map<String, Long> missionIds = new HashMap<>();
    long hidden;

    @Autowired
    MissionsForYouService forYou;

    @Autowired
    MissionSearchService board;

    @Autowired
    ExpertSearchService directory;

    /** A profile like a strong expert's, whose owner shows it to nobody: it must never appear. */
    long hiddenCopyOf(String key) {
        var user = users.active("hidden-" + key, Role.EXPERT);
        users.signIn(user);
        var id = profiles.myProfileId();
        var source = experts.get(key);
        users.signIn(source);
        var form = profiles.myProfile();
        users.signIn(user);
        form.setDisplayName("Hidden copy of " + key);
        form.getVisibility().put(ProfileSection.IDENTITY, Visibility.ONLY_ME);
        profiles.update(id, form);
        return id;
    }

    long profile(String key) {
        return expertKeys.entrySet().stream()
                .filter(e -> e.getValue().equals(key))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    Shortlist shortlist(String mission) {
        users.signIn(rep);
        return matching.shortlist(missionIds.get(mission), MissionMatchService.MAX_CANDIDATES);
    }

    static List<Candidate> all(Shortlist shortlist) {
        var all = new ArrayList<Candidate>(shortlist.strong());
        all.addAll(shortlist.partial());
        all.addAll(shortlist.sectorOnly());
        return all;
    }

    static Candidate find(List<Candidate> candidates, long profileId) {
        return candidates.stream()
                .filter(c -> c.profileId() == profileId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("profile " + profileId + " is not listed"));
    }

    static MatchCriterion criterion(Candidate candidate, MatchCriterion.Criterion criterion) {
        return candidate.explanation().stream()
                .filter(c -> c.criterion() == criterion)
                .findFirst()
                .orElseThrow();
    }

    @BeforeAll
    void createTheJudgedSet() {
        for (var expert : set.experts()) {
            var user = users.active(expert.key(), Role.EXPERT);
            experts.put(expert.key(), user);
            users.signIn(user);
            var id = profiles.myProfileId();
            var form = profiles.myProfile();
            form.setDisplayName(expert.name());
            form.setGender(expert.gender());
            form.setHeadline(expert.headline());
            form.setSectors(new LinkedHashSet<>(expert.sectors()));
            form.setSkills(new LinkedHashSet<>(expert.skills()));
            form.setSkillsText(expert.skillsText());
            form.setBio(expert.bio());
            form.setExperience(new ArrayList<>(expert.experience()));
            form.setQualifications(new ArrayList<>(expert.qualifications()));
            form.setHeritageCountries(new LinkedHashSet<>(expert.heritage()));
            form.setResidenceCountry(expert.residence());
            form.setLanguages(new ArrayList<>(expert.languages()));
            form.setAvailability(new ArrayList<>(expert.availability()));
            profiles.update(id, form);
            expertKeys.put(id, expert.key());
        }
        hidden = hiddenCopyOf("a-e002");
        rep = fixtures.representative("Judging rep", true);
        for (var judged : set.missions()) {
            var form = MissionFixtures.form(judged.title());
            form.setSummary(judged.summary());
            form.setObjectives(judged.objectives());
            form.setDeliverables("");
            form.setSectors(new LinkedHashSet<>(judged.sectors()));
            form.setSkills(new LinkedHashSet<>(judged.skills()));
            form.setCountry(judged.country());
            form.setCity("");
            form.setMode(judged.mode());
            form.setLanguages(new ArrayList<>(judged.languages()));
            form.setStartDate(judged.start());
            form.setEndDate(judged.end());
            var days = ChronoUnit.DAYS.between(judged.start(), judged.end()) + 1;
            form.setDurationWeeks((int) Math.max(1, Math.min(12, days / 7)));
            form.setApplicationDeadline(judged.start().minusDays(1));
            missionIds.put(judged.key(), fixtures.published(rep, form).id());
        }
        users.signOut();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** The set's experts as ranked for a mission (experts other tests created are not judged, so not counted). */
    List<String> ranking(RealisticJudgedSet.Mission mission) {
        users.signIn(rep);
        return matching.candidates(missionIds.get(mission.key()), MissionMatchService.MAX_CANDIDATES).stream()
                .map(c -> expertKeys.get(c.profileId()))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The set's experts in the strong tier of a mission. */
    List<String> strongTier(RealisticJudgedSet.Mission mission) {
        users.signIn(rep);
        return matching.shortlist(missionIds.get(mission.key()), MissionMatchService.MAX_CANDIDATES).strong().stream()
                .map(c -> expertKeys.get(c.profileId()))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The judged grades of the experts the hard filters let through (required languages at the level asked). */
    Map<String, Grade> grades(RealisticJudgedSet.Mission mission) {
        var grades = new LinkedHashMap<String, Grade>();
        for (var expert : set.experts()) {
            if (expert.speaks(mission)) {
                grades.put(expert.key(), mission.grade(expert.key()));
            }
        }
        return grades;
    }

    /** Whether some relevant expert of the mission wrote the profile in another language than the mission. */
    boolean crossLanguage(RealisticJudgedSet.Mission mission) {
        return set.experts().stream()
                .anyMatch(e ->
                        mission.grade(e.key()) != Grade.NOT && !e.language().equals(mission.language()));
    }

    @Test
    void qualityOnTheRealisticJudgedSet() throws IOException {
        var all = new ArrayList<MatchingQuality>();
        var french = new ArrayList<MatchingQuality>();
        var english = new ArrayList<MatchingQuality>();
        var arabic = new ArrayList<MatchingQuality>();
        var cross = new ArrayList<MatchingQuality>();
        var report = new StringBuilder();
        report.append(
                "| mission | P@5 | nDCG@10 | strong recall@20 | irrelevant in top 10 | last relevant at | strong tier: size / judged not relevant |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        int strongTier = 0;
        int strongTierIrrelevant = 0;
        int otherLanguageStrong = 0;
        int otherLanguageFound = 0;
        for (var mission : set.missions()) {
            var ranking = ranking(mission);
            var quality = MatchingQuality.of(mission.key() + " (" + mission.language() + ")", ranking, grades(mission));
            var top20 = ranking.subList(0, Math.min(20, ranking.size()));
            for (var expert : set.experts()) {
                if (mission.grade(expert.key()) == Grade.STRONG
                        && expert.speaks(mission)
                        && !expert.language().equals(mission.language())) {
                    otherLanguageStrong++;
                    if (top20.contains(expert.key())) {
                        otherLanguageFound++;
                    }
                }
            }
            all.add(quality);
            switch (mission.language()) {
                case "fr" -> french.add(quality);
                case "en" -> english.add(quality);
                default -> arabic.add(quality);
            }
            if (crossLanguage(mission)) {
                cross.add(quality);
            }
            var strong = strongTier(mission);
            var irrelevant = (int)
                    strong.stream().filter(k -> mission.grade(k) == Grade.NOT).count();
            strongTier += strong.size();
            strongTierIrrelevant += irrelevant;
            report.append(quality.line())
                    .append(" ")
                    .append(strong.size())
                    .append(" / ")
                    .append(irrelevant)
                    .append(" |\n");
        }
        report.append(
                "\n| missions | n | P@5 | nDCG@10 | strong recall@20 | irrelevant in top 10 | relevant beyond 50 |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        report.append(MatchingQuality.summary("all", all)).append('\n');
        report.append(MatchingQuality.summary("French", french)).append('\n');
        report.append(MatchingQuality.summary("English", english)).append('\n');
        report.append(MatchingQuality.summary("Arabic", arabic)).append('\n');
        report.append(MatchingQuality.summary("cross-language", cross)).append('\n');
        report.append(String.format(
                Locale.ROOT,
                "\nStrong tier over all missions: %d experts, %d of them judged not relevant%n",
                strongTier,
                strongTierIrrelevant));
        var crossRecall = otherLanguageStrong == 0 ? 1.0 : otherLanguageFound / (double) otherLanguageStrong;
        report.append(String.format(
                Locale.ROOT,
                "\nStrong experts who wrote in another language than the mission: %d of %d in the top 20 (recall %.2f)\n",
                otherLanguageFound,
                otherLanguageStrong,
                crossRecall));
        log.info("Matching quality on the realistic judged set:\n{}", report);
        Files.writeString(Path.of("target", "matching-quality.md"), report);

        assertThat(set.missions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(set.experts()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(mean(all, MatchingQuality::ndcgAt10)).as("mean nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(mean(french, MatchingQuality::precisionAt5))
                .as("precision@5 on French missions")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(mean(cross, MatchingQuality::precisionAt5))
                .as("precision@5 on cross-language missions")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(all)
                .allSatisfy(q -> assertThat(q.beyond50())
                        .as("relevant experts beyond the 50th place for " + q.mission() + " " + q.missing())
                        .isZero());
    }

    static final double NDCG_FLOOR = 0.85;
    static final double PRECISION_FLOOR = 0.7;

    private static double mean(List<MatchingQuality> rows, ToDoubleFunction<MatchingQuality> f) {
        return rows.stream().mapToDouble(f).average().orElse(0);
    }

    @Test
    void aFrenchMissionShowsExpertsWhoWroteInEnglishOrArabicAsStrongMatchesNamingTheConcept() {
        var shortlist = shortlist("a-m1");
        var english = find(shortlist.strong(), profile("a-e002"));
        var skills = criterion(english, MatchCriterion.Criterion.SKILLS);
        assertThat(skills.concepts())
                .as("epidemiology, named through the expert's English words")
                .anySatisfy(c -> {
                    assertThat(c.relation().exact()).isTrue();
                    assertThat(c.otherLanguage()).isTrue();
                    assertThat(c.expertLanguage()).isEqualTo("en");
                    assertThat(c.label(Locale.FRENCH)).isNotBlank();
                });
        var arabic = find(shortlist.strong(), profile("a-e003"));
        assertThat(criterion(arabic, MatchCriterion.Criterion.SKILLS).concepts())
                .anySatisfy(c -> assertThat(c.expertLanguage()).isEqualTo("ar"));
    }

    @Test
    void anUnavailableStrongExpertStaysVisibleFlaggedAndAfterTheAvailableOnesOfTheTier() {
        var shortlist = shortlist("a-m1");
        var away = find(all(shortlist), profile("a-e006"));
        assertThat(away.unavailable()).isTrue();
        var availability = criterion(away, MatchCriterion.Criterion.AVAILABILITY);
        assertThat(availability.availableFrom()).isEqualTo(LocalDate.of(2027, 9, 1));
        var tier = away.tier() == MatchTier.STRONG ? shortlist.strong() : shortlist.partial();
        var position = tier.indexOf(away);
        assertThat(tier.subList(0, position)).noneMatch(Candidate::unavailable);
        var remoteOnly = find(all(shortlist), profile("a-e008"));
        assertThat(remoteOnly.unavailable())
                .as("remote only for an on-site mission")
                .isTrue();
        assertThat(criterion(remoteOnly, MatchCriterion.Criterion.AVAILABILITY)
                        .windows()
                        .getFirst()
                        .onSite())
                .isFalse();
    }

    @Test
    void requiredLanguagesStayAHardFilterAndTheShortlistSaysHowManyStrongExpertsItLeftOut() {
        var shortlist = shortlist("a-m1");
        assertThat(all(shortlist)).extracting(Candidate::profileId).doesNotContain(profile("a-e007"));
        assertThat(shortlist.leftOutForLanguage()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void hiddenProfilesNeverAppear() {
        for (var mission : set.missions()) {
            users.signIn(rep);
            assertThat(matching.candidates(missionIds.get(mission.key()), MissionMatchService.MAX_CANDIDATES))
                    .extracting(Candidate::profileId)
                    .doesNotContain(hidden);
        }
    }

    @Test
    void nobodyWhoSharesOnlyTheSectorOrCommonWordsIsAmongTheMatches() {
        for (var mission : set.missions()) {
            var shortlist = shortlist(mission.key());
            for (var candidate : shortlist.strong()) {
                var skills = criterion(candidate, MatchCriterion.Criterion.SKILLS);
                assertThat(skills.concepts().stream().anyMatch(c -> c.relation().exact())
                                || skills.details().size() >= 2)
                        .as(candidate.name() + " is strong for " + mission.key() + " with " + skills)
                        .isTrue();
            }
            for (var candidate : shortlist.sectorOnly()) {
                assertThat(criterion(candidate, MatchCriterion.Criterion.SKILLS).outcome())
                        .isEqualTo(MatchCriterion.Outcome.NOT_MET);
            }
        }
        assertThat(shortlist("a-m1").strong())
                .as("a gynaecologist is not an epidemiologist")
                .extracting(Candidate::profileId)
                .doesNotContain(profile("a-e011"));
    }

    @Test
    void missionsForYouFindsTheFrenchMissionForTheEnglishEpidemiologistButNotForOneLackingFrench() {
        users.signIn(experts.get("a-e002"));
        var matches = forYou.forMe(5);
        assertThat(matches).extracting(m -> m.mission().id()).contains(missionIds.get("a-m1"));
        var match = matches.stream()
                .filter(m -> m.mission().id() == missionIds.get("a-m1"))
                .findFirst()
                .orElseThrow();
        assertThat(match.tier()).isEqualTo(MatchTier.STRONG);
        users.signIn(experts.get("a-e007"));
        assertThat(forYou.forMe(20)).extracting(m -> m.mission().id()).doesNotContain(missionIds.get("a-m1"));
    }

    @Test
    void theBoardFindsMissionsByConceptWhateverLanguageEitherSideWrote() {
        var french = board.search(MissionQuery.all().withText("surveillance épidémiologique"), 0, 10);
        assertThat(french.hits()).extracting(h -> h.mission().id()).contains(missionIds.get("a-m1"));
        var english = board.search(MissionQuery.all().withText("faecal sludge management"), 0, 10);
        assertThat(english.hits())
                .as("an English search finds the French mission on boues de vidange")
                .extracting(h -> h.mission().id())
                .contains(missionIds.get("a-m3"));
        var remote = board.search(
                MissionQuery.all().withText("remote sensing").withMode(MissionQuery.Mode.REMOTE_POSSIBLE), 0, 10);
        assertThat(remote.hits()).extracting(h -> h.mission().id()).contains(missionIds.get("a-m4"));
        var onSite =
                board.search(MissionQuery.all().withText("remote sensing").withMode(MissionQuery.Mode.ON_SITE), 0, 10);
        assertThat(onSite.hits()).extracting(h -> h.mission().id()).doesNotContain(missionIds.get("a-m4"));
        var later = board.search(MissionQuery.all().withDates(LocalDate.of(2028, 1, 1), null), 0, 50);
        assertThat(later.hits()).extracting(h -> h.mission().id()).doesNotContain(missionIds.get("a-m1"));
    }

    @Test
    void theDirectoryFindsEnglishPublicHealthProfilesForAFrenchSearchAndNeverTakesSanteForSanitation() {
        users.signIn(rep);
        var french = directory.page(ExpertQuery.all().withText("santé publique"), 0, 100).hits().stream()
                .map(h -> expertKeys.get(h.id()))
                .filter(Objects::nonNull)
                .toList();
        var englishPublicHealth = set.experts().stream()
                .filter(e -> e.language().equals("en"))
                .filter(e -> (e.headline() + " " + e.skills() + " " + e.bio())
                        .toLowerCase(Locale.ROOT)
                        .contains("public health"))
                .map(RealisticJudgedSet.Expert::key)
                .toList();
        assertThat(englishPublicHealth).isNotEmpty();
        assertThat(french).containsAnyElementsOf(englishPublicHealth);
        var sante = directory.page(ExpertQuery.all().withText("sante"), 0, 100).hits().stream()
                .map(h -> expertKeys.get(h.id()))
                .filter(Objects::nonNull)
                .toList();
        var sanitationOnly = set.experts().stream()
                .filter(e -> {
                    var text = (e.headline() + " " + e.skills() + " " + e.skillsText() + " " + e.bio())
                            .toLowerCase(Locale.ROOT);
                    return text.contains("sanitation") && !text.contains("health") && !text.contains("sant");
                })
                .map(RealisticJudgedSet.Expert::key)
                .toList();
        assertThat(sante).doesNotContainAnyElementsOf(sanitationOnly);
    }

    @Test
    void onlyTheMissionsOwnInstitutionSeesItsCandidates() {
        fixtures.representative("Rival institution rep", true);
        assertThatThrownBy(() -> matching.candidates(missionIds.get("a-m1"), 20))
                .hasMessage("mission.none");
        users.signIn(experts.get("a-e002"));
        assertThatThrownBy(() -> matching.shortlist(missionIds.get("a-m1"), 20))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
