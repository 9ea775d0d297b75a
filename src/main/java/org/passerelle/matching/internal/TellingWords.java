package org.passerelle.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.passerelle.shared.SearchAnalysisConfigurer;
import org.passerelle.shared.Texts;

/**
 * Which words say something about a specialty: not a stop word of English, French or Arabic, not one of the generic
 * words of terms of reference and CVs ({@code matching/generic-words.txt}: "management", "renforcement", "projet"…),
 * not a number. Words are compared in lower case without accents.
 */
final class TellingWords {

    private static final CharArraySet STOP = stopWords();
    private static final Set<String> GENERIC = generic();

    static boolean telling(String word) {
        var folded = fold(word);
        return folded.length() > 1
                && !folded.chars().allMatch(Character::isDigit)
                && !STOP.contains(folded)
                && !STOP.contains(word.toLowerCase(Locale.ROOT))
                && !GENERIC.contains(folded);
    }

    /** The telling words of a text, in order, each once: what a query should look for. */
    static String only(String text) {
        return Arrays.stream(text.split("[\\s,;:.()/\\[\\]]+"))
                .filter(w -> !w.isBlank() && telling(w))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    static String fold(String word) {
        return Texts.fold(word);
    }

    private static CharArraySet stopWords() {
        var words = SearchAnalysisConfigurer.allStopWords();
        FrenchAnalyzer.getDefaultStopSet().forEach(w -> words.add(fold(new String((char[]) w))));
        return words;
    }

    private static Set<String> generic() {
        try (var in = TellingWords.class.getResourceAsStream("/matching/generic-words.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(line -> line.replaceAll("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .map(TellingWords::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TellingWords() {}
}
