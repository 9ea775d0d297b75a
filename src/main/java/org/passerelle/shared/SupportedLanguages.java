package org.passerelle.shared;

import java.util.List;
import java.util.Locale;

/** The languages Passerelle speaks. The first is the fallback. */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH);

    private SupportedLanguages() {}

    /** The supported language closest to the given one (by language only), else English. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return ALL.getFirst();
        }
        return ALL.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ALL.getFirst());
    }

    /** Parses a language tag such as "fr" into a supported language, else English. */
    public static Locale fromTag(String tag) {
        return closest(tag == null ? null : Locale.forLanguageTag(tag));
    }
}
