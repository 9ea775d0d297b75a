package org.passerelle.matching;

import java.util.Map;

/**
 * Counts of matching experts per facet value, each counted only among experts whose section holding that value the
 * viewer may see.
 */
public record ExpertFacets(
        Map<String, Long> sectors,
        Map<String, Long> heritageCountries,
        Map<String, Long> heritageRegions,
        Map<String, Long> heritageContinents,
        Map<String, Long> residenceCountries,
        Map<String, Long> languages,
        long remote,
        long onSite,
        long verifiedQualifications) {}
