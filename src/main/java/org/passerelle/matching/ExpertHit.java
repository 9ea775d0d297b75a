package org.passerelle.matching;

import java.time.Instant;
import java.util.List;

/**
 * One search result, holding only what the viewer may see: fields of hidden sections are empty.
 *
 * @param snippets matching passages as HTML: escaped text with the matched words in {@code <mark>}
 */
public record ExpertHit(
        long id,
        String name,
        String headline,
        List<String> sectors,
        List<String> heritageCountries,
        String residenceCountry,
        List<String> skills,
        Instant updatedAt,
        List<String> snippets) {}
