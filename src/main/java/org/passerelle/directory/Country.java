package org.passerelle.directory;

import java.util.Locale;

/**
 * A country (ISO 3166-1 alpha-2 code) with its UN M49 sub-region and region (the continent).
 *
 * @param code ISO code, e.g. "ML"
 * @param region M49 sub-region code, e.g. "011" (Western Africa)
 * @param continent M49 region code, e.g. "002" (Africa)
 */
public record Country(String code, String region, String continent) {

    /** The country's name in the given language, from the JDK's locale data. */
    public String name(Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }
}
