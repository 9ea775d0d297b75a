package org.passerelle.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Experience;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.Qualification;
import org.passerelle.missions.WorkMode;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realistic judged set for mission → expert matching, read from {@code src/test/resources/matching/judged/}:
 * missions written by institutions in French, English and Arabic, experts written the way people write CVs
 * (synonyms, the other language, free-text skills), graded relevance (strong / partial / not) judged by people who
 * never saw the ranking code, near-miss distractors and availability and language traps. The files were written
 * before the concept-aware ranking and are never edited to make it pass.
 */
record RealisticJudgedSet(List<Mission> missions, List<Expert> experts) {

    enum Grade {
        STRONG(2),
        PARTIAL(1),
        NOT(0);

        final int gain;

        Grade(int gain) {
            this.gain = gain;
        }
    }

    record Mission(
            String key,
            String language,
            String title,
            String summary,
            String objectives,
            Set<String> sectors,
            Set<String> skills,
            String country,
            WorkMode mode,
            LocalDate start,
            LocalDate end,
            List<LanguageSkill> languages,
            Map<String, Grade> judgments) {

        Grade grade(String expertKey) {
            return judgments.getOrDefault(expertKey, Grade.NOT);
        }
    }

    record Expert(
            String key,
            String name,
            String gender,
            String language,
            String headline,
            Set<String> sectors,
            Set<String> skills,
            String skillsText,
            String bio,
            List<Experience> experience,
            List<Qualification> qualifications,
            Set<String> heritage,
            String residence,
            List<LanguageSkill> languages,
            List<AvailabilityWindow> availability) {

        /** Whether the expert speaks every language the mission requires at the level required (a hard filter). */
        boolean speaks(Mission mission) {
            return mission.languages().stream()
                    .allMatch(required -> languages.stream()
                            .anyMatch(spoken -> spoken.language().equals(required.language())
                                    && spoken.level().atLeast(required.level())));
        }
    }

    static RealisticJudgedSet load() {
        var json = JsonMapper.builder().build();
        var missions = new ArrayList<Mission>();
        var experts = new ArrayList<Expert>();
        try {
            var files = new PathMatchingResourcePatternResolver().getResources("classpath:matching/judged/*.json");
            Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (var file : files) {
                try (var in = file.getInputStream()) {
                    var root = json.readTree(in);
                    root.get("missions").forEach(m -> missions.add(mission(m)));
                    root.get("experts").forEach(e -> experts.add(expert(e)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RealisticJudgedSet(List.copyOf(missions), List.copyOf(experts));
    }

    private static Mission mission(JsonNode m) {
        var judgments = new LinkedHashMap<String, Grade>();
        strings(m.get("relevant").get("partial")).forEach(k -> judgments.put(k, Grade.PARTIAL));
        strings(m.get("relevant").get("strong")).forEach(k -> judgments.put(k, Grade.STRONG));
        return new Mission(
                text(m, "key"),
                text(m, "language"),
                text(m, "title"),
                text(m, "summary"),
                text(m, "objectives"),
                Set.copyOf(strings(m.get("sectors"))),
                new LinkedHashSet<>(strings(m.get("skills"))),
                text(m, "country"),
                WorkMode.valueOf(text(m, "mode")),
                LocalDate.parse(text(m, "start")),
                LocalDate.parse(text(m, "end")),
                languages(m.get("languages")),
                Map.copyOf(judgments));
    }

    private static Expert expert(JsonNode e) {
        var experience = new ArrayList<Experience>();
        if (e.has("experience")) {
            e.get("experience")
                    .forEach(x -> experience.add(new Experience(
                            text(x, "role"), text(x, "organisation"), null, null, null, text(x, "description"))));
        }
        var qualifications = new ArrayList<Qualification>();
        if (e.has("qualifications")) {
            e.get("qualifications")
                    .forEach(q -> qualifications.add(new Qualification(
                            null,
                            Qualification.Kind.valueOf(text(q, "kind")),
                            text(q, "title"),
                            text(q, "issuer"),
                            null,
                            false)));
        }
        var availability = new ArrayList<AvailabilityWindow>();
        if (e.has("availability")) {
            e.get("availability")
                    .forEach(w -> availability.add(new AvailabilityWindow(
                            LocalDate.parse(text(w, "start")),
                            LocalDate.parse(text(w, "end")),
                            w.get("remote").asBoolean(),
                            w.get("onSite").asBoolean())));
        }
        return new Expert(
                text(e, "key"),
                text(e, "name"),
                text(e, "gender"),
                text(e, "language"),
                text(e, "headline"),
                new LinkedHashSet<>(strings(e.get("sectors"))),
                new LinkedHashSet<>(strings(e.get("skills"))),
                text(e, "skillsText"),
                text(e, "bio"),
                List.copyOf(experience),
                List.copyOf(qualifications),
                new LinkedHashSet<>(strings(e.get("heritage"))),
                text(e, "residence"),
                languages(e.get("languages")),
                List.copyOf(availability));
    }

    private static List<LanguageSkill> languages(JsonNode array) {
        var list = new ArrayList<LanguageSkill>();
        if (array != null) {
            array.forEach(
                    l -> list.add(new LanguageSkill(text(l, "language"), ProficiencyLevel.valueOf(text(l, "level")))));
        }
        return List.copyOf(list);
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        if (array != null) {
            array.forEach(v -> list.add(v.asString()));
        }
        return list;
    }
}
