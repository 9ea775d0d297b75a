package org.passerelle.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one place where analyzers are defined (Lucene backend). Accents are folded, so "médecin" and "medecin" match;
 * English and French words are reduced to their stems, Arabic words normalised and lightly stemmed; function words
 * ("the", "de la", "في") are dropped so they never count as shared words; a hyphenated compound is one word. Names
 * are in {@link SearchAnalyzers}; {@link ElasticsearchAnalysisSetup} defines the same for OpenSearch.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Stop word lists (Lucene's own, read from its jar by both backends). */
    static final String STOP_ENGLISH = "org/passerelle/shared/stopwords_en.txt";

    static final String STOP_FRENCH = "org/apache/lucene/analysis/snowball/french_stop.txt";
    static final String STOP_ARABIC = "org/apache/lucene/analysis/ar/stopwords.txt";

    /** A hyphen between two letters joins them: "sages-femmes", "capital-risque", "e-learning" stay one word. */
    static final String COMPOUND_HYPHEN = "(?<=\\p{L})[-\u2010\u2011](?=\\p{L})";

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            SearchAnalyzers.ENGLISH,
            build(builder -> compounds(builder)
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", STOP_ENGLISH, "ignoreCase", "true")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("snowballPorter", "language", "English")),
            SearchAnalyzers.FRENCH,
            build(builder -> compounds(builder)
                    .withTokenizer("standard")
                    .addTokenFilter("elision", "articles", "french_articles.txt", "ignoreCase", "true")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", STOP_FRENCH, "format", "snowball", "ignoreCase", "true")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("snowballPorter", "language", "French")),
            SearchAnalyzers.ARABIC,
            build(builder -> compounds(builder)
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("decimalDigit")
                    .addTokenFilter("stop", "words", STOP_ARABIC, "ignoreCase", "true")
                    .addTokenFilter("arabicNormalization")
                    .addTokenFilter("arabicStem")),
            SearchAnalyzers.FOLDED,
            build(builder -> builder.withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")));

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        ANALYZERS.forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        context.normalizer(SearchAnalyzers.SORT_NORMALIZER)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /**
     * English, French and Arabic stop words together (Lucene's lists), ignoring case: for texts whose language is not
     * known before they are read.
     */
    public static CharArraySet allStopWords() {
        var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(FrenchAnalyzer.getDefaultStopSet());
        words.addAll(ArabicAnalyzer.getDefaultStopSet());
        return words;
    }

    /** The analyzer of this name, exactly as the index uses it. */
    public static Analyzer analyzer(String name) {
        var analyzer = ANALYZERS.get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer named " + name);
        }
        return analyzer;
    }

    private static CustomAnalyzer.Builder compounds(CustomAnalyzer.Builder builder) throws IOException {
        return builder.addCharFilter("patternReplace", "pattern", COMPOUND_HYPHEN, "replacement", "");
    }

    private interface Definition {
        CustomAnalyzer.Builder define(CustomAnalyzer.Builder builder) throws IOException;
    }

    private static Analyzer build(Definition definition) {
        try {
            var loader = new ClasspathResourceLoader(SearchAnalysisConfigurer.class.getClassLoader());
            return definition.define(CustomAnalyzer.builder(loader)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
