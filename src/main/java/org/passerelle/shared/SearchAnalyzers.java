package org.passerelle.shared;

/** Names of the full-text analyzers, defined once in {@link SearchAnalysisConfigurer}; use these in mappings. */
public final class SearchAnalyzers {

    /** English text: standard tokenizer, lower case, ASCII folding, English stemming. */
    public static final String ENGLISH = "english";

    /** French text: elisions removed (l', d'), lower case, ASCII folding, French stemming. */
    public static final String FRENCH = "french";

    /** Language-neutral text (names, tags): lower case and ASCII folding, no stemming. */
    public static final String FOLDED = "folded";

    /** Normalizer for sortable/faceted keywords: lower case and ASCII folding. */
    public static final String SORT_NORMALIZER = "sort";

    private SearchAnalyzers() {}
}
