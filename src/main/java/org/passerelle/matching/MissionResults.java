package org.passerelle.matching;

import java.util.List;
import java.util.Map;

/** A page of missions, the total, and the facet counts of the whole result. */
public record MissionResults(
        List<MissionHit> hits,
        long total,
        Map<String, Long> sectors,
        Map<String, Long> countries,
        Map<String, Long> regions,
        Map<String, Long> languages,
        long remotePossible,
        long onSite) {}
