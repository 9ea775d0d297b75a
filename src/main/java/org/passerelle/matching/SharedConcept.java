package org.passerelle.matching;

import java.util.Locale;
import java.util.Map;

/**
 * A concept of the vocabulary that a mission and an expert share, and how: the expert's words for it, their
 * language, and whether they name the same concept, a narrower one (a "field epidemiologist" for "epidemiology"), a
 * broader or a related one.
 *
 * @param labels the concept's preferred label per language (en, fr, ar), for the reader's language
 * @param expertWords the words of the profile that name it, as written
 * @param expertLanguage the language of the vocabulary label those words matched
 * @param otherLanguage whether the expert named it in another language than the mission
 */
public record SharedConcept(
        String conceptId,
        Map<String, String> labels,
        Relation relation,
        String expertWords,
        String expertLanguage,
        boolean otherLanguage) {

    public enum Relation {
        /** The expert names the mission's concept. */
        SAME,
        /** The expert names a narrower concept: a specialist of what the mission asks. */
        NARROWER,
        /** The expert names a broader concept. */
        BROADER,
        /** The expert names a related concept. */
        RELATED;

        /** Whether the expert has what the mission asks (the same concept or a narrower one). */
        public boolean exact() {
            return this == SAME || this == NARROWER;
        }
    }

    /** The concept's label in the reader's language, else in English. */
    public String label(Locale locale) {
        var label = labels.get(locale.getLanguage());
        return label != null ? label : labels.getOrDefault("en", conceptId);
    }
}
