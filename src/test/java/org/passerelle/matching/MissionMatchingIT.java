package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.matching.RealisticJudgedSet.Grade;
import org.passerelle.missions.MissionFixtures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

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
            var days = java.time.temporal.ChronoUnit.DAYS.between(judged.start(), judged.end()) + 1;
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
                .filter(java.util.Objects::nonNull)
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
        report.append("| mission | P@5 | nDCG@10 | strong recall@20 | irrelevant in top 10 | last relevant at |\n");
        report.append("|---|---|---|---|---|---|\n");
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
            report.append(quality.line()).append('\n');
        }
        report.append(
                "\n| missions | n | P@5 | nDCG@10 | strong recall@20 | irrelevant in top 10 | relevant beyond 50 |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        report.append(MatchingQuality.summary("all", all)).append('\n');
        report.append(MatchingQuality.summary("French", french)).append('\n');
        report.append(MatchingQuality.summary("English", english)).append('\n');
        report.append(MatchingQuality.summary("Arabic", arabic)).append('\n');
        report.append(MatchingQuality.summary("cross-language", cross)).append('\n');
        var crossRecall = otherLanguageStrong == 0 ? 1.0 : otherLanguageFound / (double) otherLanguageStrong;
        report.append(String.format(
                java.util.Locale.ROOT,
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

    private static double mean(List<MatchingQuality> rows, java.util.function.ToDoubleFunction<MatchingQuality> f) {
        return rows.stream().mapToDouble(f).average().orElse(0);
    }
}
