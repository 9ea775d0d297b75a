package org.passerelle.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search of the mission board.
 *
 * @param from with {@code to}: missions whose window shares at least a day with from..to (either may be null)
 * @param includePast also staffed, running and finished missions, not only those taking applications
 */
public record MissionQuery(
        String text,
        Set<String> sectors,
        Set<String> countries,
        Set<String> regions,
        Set<String> languages,
        Mode mode,
        LocalDate from,
        LocalDate to,
        boolean includePast) {

    public enum Mode {
        ANY,
        REMOTE_POSSIBLE,
        ON_SITE;

        public String labelKey() {
            return "board.mode." + name();
        }
    }

    public static MissionQuery all() {
        return new MissionQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Mode.ANY, null, null, false);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public MissionQuery withText(String text) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withSectors(Set<String> sectors) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withCountries(Set<String> countries) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withRegions(Set<String> regions) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withLanguages(Set<String> languages) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withMode(Mode mode) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withDates(LocalDate from, LocalDate to) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }

    public MissionQuery withPast(boolean includePast) {
        return new MissionQuery(text, sectors, countries, regions, languages, mode, from, to, includePast);
    }
}
