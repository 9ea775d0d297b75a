package org.passerelle.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.passerelle.directory.ConceptMention;
import org.passerelle.shared.SearchAnalysisConfigurer;

/**
 * Finds vocabulary labels in a text, whatever its language: both are reduced to the same normalised words (lower
 * case, elisions and English, French and Arabic stop words removed, accents folded, Arabic normalised and lightly
 * stemmed, plurals reduced), then the longest label starting at each word wins. A label is matched whole: the word
 * "femmes" alone never stands for "sages-femmes", and a label that normalisation reduces to one of its words is left
 * out. Immutable; build a new one when the vocabulary changes.
 */
final class ConceptMatcher {

    private static final Analyzer NORMALISER = normaliser();

    /** A label of a concept, as the matcher keeps it. */
    record Label(String conceptId, String language, String folded) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Label> labels = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Set<String> words = new HashSet<>();

    /** Adds a label of a concept in a language; a label that normalises to nothing is ignored. */
    void add(String label, String conceptId, String language) {
        var tokens = tokens(label);
        if (tokens.isEmpty() || tokens.size() == 1 && label.strip().split("[\\s\\-‐‑]+").length > 1) {
            // nothing left, or one word left of several ("e-santé" would be "santé"): a fragment, not the label
            return;
        }
        var node = root;
        for (var token : tokens) {
            node = node.next.computeIfAbsent(token.word(), w -> new Node());
            words.add(token.word());
        }
        var entry = new Label(conceptId, language, VocabularyCatalog.fold(label));
        if (!node.labels.contains(entry)) {
            node.labels.add(entry);
        }
    }

    /** Whether this normalised word is part of some label (such words are real words, not typos). */
    boolean isLabelWord(String word) {
        return words.contains(word);
    }

    /** The concepts whose labels occur in the text, in order of appearance, each mention once per concept. */
    List<ConceptMention> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var tokens = tokens(text);
        var found = new LinkedHashSet<ConceptMention>();
        var seen = new HashSet<String>();
        int i = 0;
        while (i < tokens.size()) {
            var node = root;
            Node longest = null;
            int end = i;
            for (int j = i; j < tokens.size(); j++) {
                node = node.next.get(tokens.get(j).word());
                if (node == null) {
                    break;
                }
                if (!node.labels.isEmpty()) {
                    longest = node;
                    end = j;
                }
            }
            if (longest == null) {
                i++;
                continue;
            }
            var surface = text.substring(tokens.get(i).start(), tokens.get(end).end());
            var written = VocabularyCatalog.fold(surface);
            for (var label : longest.labels) {
                if (seen.add(label.conceptId())) {
                    // "épidémiologiste" and "epidemiologist" normalise alike: the language is the label spelt as
                    // written
                    var language = longest.labels.stream()
                            .filter(l -> l.conceptId().equals(label.conceptId())
                                    && l.folded().equals(written))
                            .map(Label::language)
                            .findFirst()
                            .orElse(label.language());
                    found.add(new ConceptMention(label.conceptId(), language, surface));
                }
            }
            i = end + 1;
        }
        return List.copyOf(found);
    }

    /** A normalised word and where it was in the text. */
    record Token(String word, int start, int end) {}

    /** The normalised words of a text (public for the query side: the same normalisation everywhere). */
    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        try (var stream = NORMALISER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static Analyzer normaliser() {
        // a text's language is not known before it is read
        var stop = SearchAnalysisConfigurer.allStopWords();
        var articles = frenchArticles();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokenizer, articles);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stop);
                stream = new ASCIIFoldingFilter(stream);
                stream = new ArabicNormalizationFilter(stream);
                stream = new ArabicStemFilter(stream);
                stream = new FrenchMinimalStemFilter(stream);
                stream = new EnglishMinimalStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static CharArraySet frenchArticles() {
        try (var in = ConceptMatcher.class.getResourceAsStream("/french_articles.txt")) {
            return WordlistLoader.getWordSet(
                    new InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(16, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
