package org.passerelle.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one place where analyzers are defined (Lucene backend). Accents are folded, so "médecin" and "medecin" match;
 * English and French words are reduced to their stems. Names are in {@link SearchAnalyzers}.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            SearchAnalyzers.ENGLISH,
            build(builder -> builder.withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("snowballPorter", "language", "English")),
            SearchAnalyzers.FRENCH,
            build(builder -> builder.withTokenizer("standard")
                    .addTokenFilter("elision", "articles", "french_articles.txt", "ignoreCase", "true")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("snowballPorter", "language", "French")),
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

    /** The analyzer of this name, exactly as the index uses it. */
    public static Analyzer analyzer(String name) {
        var analyzer = ANALYZERS.get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer named " + name);
        }
        return analyzer;
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
