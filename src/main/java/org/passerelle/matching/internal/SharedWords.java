package org.passerelle.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.passerelle.shared.SearchAnalysisConfigurer;
import org.passerelle.shared.SearchAnalyzers;

/**
 * The telling words of a mission's title and skills that no concept covers ({@link MatchExplainer.MissionSide#words}),
 * compared the way the index compares them: reduced to their
 * English, French and Arabic stems, accents folded, stop words and generic words ({@link TellingWords}) left out.
 * {@link #in} finds, in an expert's texts, the words that share one of those stems.
 */
public final class SharedWords {

    private static final List<String> ANALYZERS =
            List.of(SearchAnalyzers.ENGLISH, SearchAnalyzers.FRENCH, SearchAnalyzers.ARABIC);
    private static final int MAX_WORDS = 8;

    private final Set<String> stems;

    private SharedWords(Set<String> stems) {
        this.stems = stems;
    }

    public static SharedWords of(MatchExplainer.MissionSide mission) {
        var stems = new HashSet<String>();
        for (var text : mission.words()) {
            analyse(text, (stem, word) -> stems.add(stem));
        }
        return new SharedWords(stems);
    }

    /** The telling words of these texts (as written) that share a stem with the mission's, each once. */
    public List<String> in(Collection<String> texts) {
        var found = new LinkedHashMap<String, String>();
        for (var text : texts) {
            if (found.size() >= MAX_WORDS) {
                break;
            }
            analyse(text, (stem, word) -> {
                if (stems.contains(stem) && TellingWords.telling(word) && found.size() < MAX_WORDS) {
                    found.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
                }
            });
        }
        return List.copyOf(found.values());
    }

    /** Each word of the text with its stem in each analysis ("english:epidemiolog"). */
    private static void analyse(String text, BiConsumer<String, String> each) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (var analyzer : ANALYZERS) {
            try (var stream = SearchAnalysisConfigurer.analyzer(analyzer).tokenStream("x", text)) {
                var term = stream.addAttribute(CharTermAttribute.class);
                var offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    each.accept(analyzer + ":" + term, text.substring(offset.startOffset(), offset.endOffset()));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
