package org.passerelle.matching;

import java.time.LocalDate;
import java.util.Set;
import org.passerelle.directory.ProficiencyLevel;

/**
 * A directory search: free text and facet filters. Empty sets and nulls mean "any".
 *
 * @param language with {@code minimumLevel}: speaks this language at least this well
 * @param availableFrom with {@code availableTo}: has an availability window overlapping this period
 */
public record ExpertQuery(
        String text,
        Set<String> sectors,
        Set<String> heritageCountries,
        Set<String> heritageRegions,
        Set<String> heritageContinents,
        Set<String> residenceCountries,
        String language,
        ProficiencyLevel minimumLevel,
        LocalDate availableFrom,
        LocalDate availableTo,
        boolean remote,
        boolean onSite,
        boolean verifiedQualifications,
        Sort sort) {

    /** How results are ordered. */
    public enum Sort {
        RELEVANCE,
        RECENTLY_ACTIVE,
        NAME;

        public String labelKey() {
            return "search.sort." + name();
        }
    }

    public static ExpertQuery all() {
        return new ExpertQuery(
                "",
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                Sort.RELEVANCE);
    }

    public ExpertQuery withText(String newText) {
        return new ExpertQuery(
                newText,
                sectors,
                heritageCountries,
                heritageRegions,
                heritageContinents,
                residenceCountries,
                language,
                minimumLevel,
                availableFrom,
                availableTo,
                remote,
                onSite,
                verifiedQualifications,
                sort);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
