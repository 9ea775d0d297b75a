package org.passerelle.impact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Experts describe their gender in their own words (optional, never shown on a profile). Statistics group those
 * words: women, men, other self-descriptions, and not stated.
 */
public enum GenderGroup {
    WOMEN,
    MEN,
    OTHER,
    NOT_STATED;

    private static final Set<String> WOMAN = Set.of(
            "f",
            "w",
            "woman",
            "women",
            "female",
            "femme",
            "femmes",
            "feminin",
            "fille",
            "girl",
            "lady",
            "mrs",
            "ms",
            "madame",
            "mme",
            "cis woman",
            "cisgender woman",
            "trans woman",
            "femme cis",
            "femme trans");
    private static final Set<String> MAN = Set.of(
            "m",
            "h",
            "man",
            "men",
            "male",
            "homme",
            "hommes",
            "masculin",
            "garcon",
            "boy",
            "mr",
            "monsieur",
            "cis man",
            "cisgender man",
            "trans man",
            "homme cis",
            "homme trans");
    private static final Set<String> UNSTATED =
            Set.of("", "-", "n/a", "na", "none", "prefer not to say", "je prefere ne pas le dire", "non precise");

    /** The group of a self-description (case, accents and surrounding blanks ignored). */
    public static GenderGroup of(String selfDescribed) {
        if (selfDescribed == null) {
            return NOT_STATED;
        }
        var words = Normalizer.normalize(selfDescribed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.!]", "")
                .strip()
                .replaceAll("\\s+", " ");
        if (UNSTATED.contains(words)) {
            return NOT_STATED;
        }
        if (WOMAN.contains(words)) {
            return WOMEN;
        }
        if (MAN.contains(words)) {
            return MEN;
        }
        return OTHER;
    }

    public String labelKey() {
        return "gender." + name();
    }
}
