package org.passerelle.shared;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one place where analyzers are defined (Lucene backend). Accents are folded, so "médecin" and "medecin" match.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter")
                .param("language", "English");

        context.analyzer(SearchAnalyzers.FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("articles", "french_articles.txt")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter")
                .param("language", "French");

        context.analyzer(SearchAnalyzers.FOLDED)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");

        context.normalizer(SearchAnalyzers.SORT_NORMALIZER)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
