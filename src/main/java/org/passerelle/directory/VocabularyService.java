package org.passerelle.directory;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The skills and occupations vocabulary for the screens: suggestions while typing a skill, in the reader's language.
 * Reference data: anyone may read it.
 */
@Service
public class VocabularyService {

    /** Suggestions are only offered from this many characters typed. */
    public static final int MIN_TYPED = 2;

    private final Vocabulary vocabulary;

    VocabularyService(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Concepts whose labels (in any of the three languages) start with or contain the typed text, each shown by its
     * preferred label in the reader's language, best first.
     */
    @PreAuthorize("permitAll()")
    public List<String> suggest(String typed, Locale locale, int limit) {
        if (typed == null || typed.strip().length() < MIN_TYPED) {
            return List.of();
        }
        var text = typed.strip();
        return vocabulary
                .suggest(text.length() > 60 ? text.substring(0, 60) : text, locale, Math.min(limit, 50))
                .stream()
                .map(concept -> concept.label(locale))
                .distinct()
                .toList();
    }
}
