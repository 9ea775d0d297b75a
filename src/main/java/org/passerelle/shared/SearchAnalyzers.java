package org.passerelle.shared;

/** Names of the full-text analyzers, defined once in {@link SearchAnalysisConfigurer}; use these in mappings. */
public final class SearchAnalyzers {

    /**
     * English text: hyphenated compounds kept whole ("e-learning" is one word), standard tokenizer, possessives, lower
     * case, English stop words removed, ASCII folding, English stemming.
     */
    public static final String ENGLISH = "english";

    /**
     * French text: hyphenated compounds kept whole ("sages-femmes" is one word, so "femmes" alone does not match it),
     * elisions removed (l', d'), lower case, French stop words removed, ASCII folding, French stemming.
     */
    public static final String FRENCH = "french";

    /** Arabic text: compounds kept whole, Arabic stop words removed, Arabic normalisation and light stemming. */
    public static final String ARABIC = "arabic";

    /** Language-neutral text (names, tags): lower case and ASCII folding, no stemming. */
    public static final String FOLDED = "folded";

    /** Normalizer for sortable/faceted keywords: lower case and ASCII folding. */
    public static final String SORT_NORMALIZER = "sort";

    private SearchAnalyzers() {}
}
