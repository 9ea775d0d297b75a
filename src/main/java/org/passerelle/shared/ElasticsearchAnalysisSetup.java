package org.passerelle.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link SearchAnalysisConfigurer}, for the OpenSearch / Elasticsearch backend (profile
 * "opensearch"): standard tokenizer; English possessives, lower case, accents folded, Snowball English; French
 * elisions (the same article list), lower case, accents folded, Snowball French; a folded analyzer and the sort
 * normalizer. Names are in {@link SearchAnalyzers}.
 */
public class ElasticsearchAnalysisSetup implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("passerelle_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("passerelle_english_stemmer").type("snowball").param("language", "English");
        context.tokenFilter("passerelle_french_elision")
                .type("elision")
                .param("articles_case", true)
                .param("articles", frenchArticles());
        context.tokenFilter("passerelle_french_stemmer").type("snowball").param("language", "French");
        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "passerelle_english_possessive", "lowercase", "asciifolding", "passerelle_english_stemmer");
        context.analyzer(SearchAnalyzers.FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("passerelle_french_elision", "lowercase", "asciifolding", "passerelle_french_stemmer");
        context.analyzer(SearchAnalyzers.FOLDED)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(SearchAnalyzers.SORT_NORMALIZER).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The French articles elided before a word (l', d', qu'…), as the Lucene analyzer reads them. */
    static String[] frenchArticles() {
        try (var in = ElasticsearchAnalysisSetup.class.getResourceAsStream("/french_articles.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
