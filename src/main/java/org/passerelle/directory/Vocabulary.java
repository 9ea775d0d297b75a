package org.passerelle.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.passerelle.directory.internal.VocabularyCatalog;

/**
 * The skills and occupations vocabulary: concepts with labels in English, French and Arabic, broader and related
 * concepts (data files in {@code src/main/resources/vocabulary/}, plus what administrators add). Finds the concepts a
 * text mentions, whatever its language. Reference data: anyone may read it.
 */
public interface Vocabulary {

    /** A vocabulary of just these concepts (for tests and tools; the application's is a bean). */
    static Vocabulary of(List<Concept> concepts) {
        return new VocabularyCatalog(concepts);
    }

    Optional<Concept> concept(String id);

    /** Every concept, sector by sector. */
    Collection<Concept> all();

    /** A short digest of every concept and label: it changes whenever the vocabulary does. */
    String fingerprint();

    /** How many concepts there are. */
    int size();

    /** The concepts this text mentions, in order of appearance, with the words that mention them. */
    List<ConceptMention> find(String text);

    /** The concepts mentioned by any of these texts, each once. */
    default List<ConceptMention> find(Collection<String> texts) {
        var found = new LinkedHashMap<String, ConceptMention>();
        for (var text : texts) {
            for (var mention : find(text)) {
                found.putIfAbsent(mention.conceptId(), mention);
            }
        }
        return List.copyOf(found.values());
    }

    /** Every concept above this one (broader, broader's broader…), not the concept itself; the sector root included. */
    Set<String> ancestors(String id);

    /**
     * How many "broader" steps lead from {@code narrower} up to {@code broader} (1 for a direct broader concept), or
     * -1 when {@code broader} is not above it.
     */
    int steps(String narrower, String broader);

    /** How many steps this concept is below its sector's root (0 for the root, -1 if unknown). */
    default int depth(String id) {
        return concept(id).map(c -> c.isRoot() ? 0 : steps(id, c.sector())).orElse(-1);
    }

    /** The concepts directly broader or related, not the concept itself. */
    Set<String> neighbours(String id);

    /** Whether a word (as typed) belongs to some label: such a word is a real word, not a typo to be forgiven. */
    boolean isLabelWord(String word);

    /** Concepts whose labels in this language (or any) start with or contain the typed text, best first. */
    List<Concept> suggest(String typed, Locale locale, int limit);
}
