package org.passerelle.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link SearchAnalysisConfigurer}, for the OpenSearch / Elasticsearch backend (profile
 * "opensearch"): hyphenated compounds joined, standard tokenizer; English possessives, lower case, English stop
 * words, accents folded, Snowball English; French elisions (the same article list), lower case, French stop words,
 * accents folded, Snowball French; Arabic stop words, normalisation and stemming; a folded analyzer and the sort
 * normalizer. The stop word lists are the very files the Lucene analyzers read. Names are in {@link SearchAnalyzers}.
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
        context.tokenFilter("passerelle_english_stop")
                .type("stop")
                .param("ignore_case", true)
                .param("stopwords", words(SearchAnalysisConfigurer.STOP_ENGLISH));
        context.tokenFilter("passerelle_french_stop")
                .type("stop")
                .param("ignore_case", true)
                .param("stopwords", words(SearchAnalysisConfigurer.STOP_FRENCH));
        context.tokenFilter("passerelle_arabic_stop")
                .type("stop")
                .param("ignore_case", true)
                .param("stopwords", words(SearchAnalysisConfigurer.STOP_ARABIC));
        context.tokenFilter("passerelle_arabic_stemmer").type("stemmer").param("language", "arabic");
        context.charFilter("passerelle_compounds")
                .type("pattern_replace")
                .param("pattern", SearchAnalysisConfigurer.COMPOUND_HYPHEN)
                .param("replacement", "");
        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .charFilters("passerelle_compounds")
                .tokenFilters(
                        "passerelle_english_possessive",
                        "lowercase",
                        "passerelle_english_stop",
                        "asciifolding",
                        "passerelle_english_stemmer");
        context.analyzer(SearchAnalyzers.FRENCH)
                .custom()
                .tokenizer("standard")
                .charFilters("passerelle_compounds")
                .tokenFilters(
                        "passerelle_french_elision",
                        "lowercase",
                        "passerelle_french_stop",
                        "asciifolding",
                        "passerelle_french_stemmer");
        context.analyzer(SearchAnalyzers.ARABIC)
                .custom()
                .tokenizer("standard")
                .charFilters("passerelle_compounds")
                .tokenFilters(
                        "lowercase",
                        "decimal_digit",
                        "passerelle_arabic_stop",
                        "arabic_normalization",
                        "passerelle_arabic_stemmer");
        context.analyzer(SearchAnalyzers.FOLDED)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(SearchAnalyzers.SORT_NORMALIZER).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The French articles elided before a word (l', d', qu'…), as the Lucene analyzer reads them. */
    static String[] frenchArticles() {
        return words("french_articles.txt");
    }

    /**
     * The words of a list file on the class path, as Lucene reads it: one per line, or several separated by spaces
     * in Snowball's format; "#" and "|" start comments.
     */
    static String[] words(String resource) {
        try (var in = ElasticsearchAnalysisSetup.class.getClassLoader().getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(line -> line.replaceAll("[#|].*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .distinct()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
