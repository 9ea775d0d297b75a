package org.passerelle.matching.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.matching.AddressValues;
import org.passerelle.matching.ExpertQuery;

/**
 * A directory search as query parameters, so that a search can be bookmarked and shared:
 * {@code ?q=…&sector=health&heritage=ML&region=011&continent=002&residence=FR&lang=bm&level=B2&from=2027-03-01
 * &to=2027-03-31&remote=true&onsite=true&verified=true&sort=NAME}. Anything malformed is ignored, never an error.
 */
final class SearchState {

    private SearchState() {}

    static ExpertQuery fromParameters(QueryParameters parameters) {
        var map = parameters.getParameters();
        return new ExpertQuery(
                AddressValues.first(map, "q", ""),
                AddressValues.codes(map, "sector"),
                AddressValues.codes(map, "heritage"),
                AddressValues.codes(map, "region"),
                AddressValues.codes(map, "continent"),
                AddressValues.codes(map, "residence"),
                blankToNull(AddressValues.first(map, "lang", "")),
                AddressValues.parseEnum(ProficiencyLevel.class, AddressValues.first(map, "level", "")),
                AddressValues.date(AddressValues.first(map, "from", "")),
                AddressValues.date(AddressValues.first(map, "to", "")),
                "true".equals(AddressValues.first(map, "remote", "")),
                "true".equals(AddressValues.first(map, "onsite", "")),
                "true".equals(AddressValues.first(map, "verified", "")),
                orDefault(
                        AddressValues.parseEnum(ExpertQuery.Sort.class, AddressValues.first(map, "sort", "")),
                        ExpertQuery.Sort.RELEVANCE));
    }

    static QueryParameters toParameters(ExpertQuery query) {
        var map = new LinkedHashMap<String, List<String>>();
        if (query.hasText()) {
            map.put("q", List.of(query.text()));
        }
        AddressValues.put(map, "sector", query.sectors());
        AddressValues.put(map, "heritage", query.heritageCountries());
        AddressValues.put(map, "region", query.heritageRegions());
        AddressValues.put(map, "continent", query.heritageContinents());
        AddressValues.put(map, "residence", query.residenceCountries());
        if (query.language() != null) {
            map.put("lang", List.of(query.language()));
        }
        if (query.minimumLevel() != null) {
            map.put("level", List.of(query.minimumLevel().name()));
        }
        if (query.availableFrom() != null) {
            map.put("from", List.of(query.availableFrom().toString()));
        }
        if (query.availableTo() != null) {
            map.put("to", List.of(query.availableTo().toString()));
        }
        if (query.remote()) {
            map.put("remote", List.of("true"));
        }
        if (query.onSite()) {
            map.put("onsite", List.of("true"));
        }
        if (query.verifiedQualifications()) {
            map.put("verified", List.of("true"));
        }
        if (query.sort() != null && query.sort() != ExpertQuery.Sort.RELEVANCE) {
            map.put("sort", List.of(query.sort().name()));
        }
        return new QueryParameters(map);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
