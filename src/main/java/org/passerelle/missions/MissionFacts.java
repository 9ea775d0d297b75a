package org.passerelle.missions;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.shared.Translations;

/**
 * The facts of a mission's terms of reference as text in the reader's language, in reading order: the app's mission
 * page and the public page show the same.
 *
 * @param place city, region and country
 * @param facts labelled facts (place and way of working, window, experts wanted, sectors, deadline, skills, languages,
 *     what the host covers)
 */
public record MissionFacts(String place, List<Fact> facts) {

    /**
     * One labelled fact.
     *
     * @param key the label's message key (a stable name for tests and styles)
     */
    public record Fact(String key, String label, String value) {}

    public static MissionFacts of(
            MissionDetails mission,
            Locale locale,
            Translations texts,
            Countries countries,
            Languages languages,
            Map<String, String> sectorNames) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var placeText = place(mission, locale, countries);
        var facts = new ArrayList<Fact>();
        add(
                facts,
                texts,
                "mission.place",
                placeText + " · " + texts.get(mission.mode().labelKey()));
        add(
                facts,
                texts,
                "mission.window",
                texts.get(
                        "mission.windowValue",
                        dates.format(mission.startDate()),
                        dates.format(mission.endDate()),
                        mission.durationWeeks()));
        add(facts, texts, "mission.experts", String.valueOf(mission.expertsNeeded()));
        add(
                facts,
                texts,
                "mission.sectors",
                String.join(
                        ", ",
                        mission.sectors().stream()
                                .map(s -> sectorNames.getOrDefault(s, s))
                                .sorted()
                                .toList()));
        if (mission.applicationDeadline() != null) {
            add(facts, texts, "mission.deadline", dates.format(mission.applicationDeadline()));
        }
        if (!mission.skills().isEmpty()) {
            add(facts, texts, "mission.skills", String.join(", ", mission.skills()));
        }
        if (!mission.languages().isEmpty()) {
            add(
                    facts,
                    texts,
                    "mission.languages",
                    String.join(
                            ", ",
                            mission.languages().stream()
                                    .map(l -> languages.name(l.language(), locale) + " "
                                            + texts.get(l.level().labelKey()))
                                    .toList()));
        }
        var covers = new ArrayList<String>();
        if (mission.coversTravel()) {
            covers.add(texts.get("mission.covers.travel"));
        }
        if (mission.coversLodging()) {
            covers.add(texts.get("mission.covers.lodging"));
        }
        if (mission.coversAllowance()) {
            covers.add(texts.get("mission.covers.allowance"));
        }
        add(
                facts,
                texts,
                "mission.covers",
                covers.isEmpty() ? texts.get("mission.covers.nothing") : String.join(", ", covers));
        return new MissionFacts(placeText, List.copyOf(facts));
    }

    /** Where the mission takes place: city, region and country, as far as given. */
    public static String place(MissionDetails mission, Locale locale, Countries countries) {
        var place = new ArrayList<String>();
        if (!mission.city().isEmpty()) {
            place.add(mission.city());
        }
        if (!mission.region().isEmpty()) {
            place.add(mission.region());
        }
        place.add(countries.name(mission.country(), locale));
        return String.join(", ", place);
    }

    private static void add(List<Fact> facts, Translations texts, String key, String value) {
        facts.add(new Fact(key, texts.get(key), value));
    }
}
