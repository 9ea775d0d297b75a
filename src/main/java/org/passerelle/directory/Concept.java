package org.passerelle.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A concept of the skills and occupations vocabulary (SKOS-like): an id such as {@code health/field-epidemiology},
 * the sector it belongs to, a preferred label and alternative labels per language (en, fr, ar), and broader and
 * related concepts. The root concept of a sector has the sector's code as its id and no broader concept.
 */
public record Concept(
        String id, String sector, Map<String, Labels> labels, List<String> broader, List<String> related) {

    /** The labels of a concept in one language. */
    public record Labels(String pref, List<String> alt) {}

    /** Whether this is the root concept of a sector (the sector itself). */
    public boolean isRoot() {
        return id.equals(sector);
    }

    /** The preferred label in this language, else in English, else any. */
    public String label(Locale locale) {
        var labels = this.labels.get(locale.getLanguage());
        if (labels == null) {
            labels = this.labels.get("en");
        }
        if (labels == null) {
            labels = this.labels.values().iterator().next();
        }
        return labels.pref();
    }
}
