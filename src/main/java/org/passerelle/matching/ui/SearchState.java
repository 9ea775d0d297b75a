package org.passerelle.matching.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.matching.ExpertQuery;

/**
 * A directory search as query parameters, so that a search can be bookmarked and shared:
 * {@code ?q=…&sector=health&heritage=ML&region=011&continent=002&residence=FR&lang=bm&level=B2&from=2027-03-01
 * &to=2027-03-31&remote=true&onsite=true&verified=true&sort=NAME}. Anything malformed is ignored, never an error.
 */
final class SearchState {

    private static final int MAX_VALUES = 20;
    private static final int MAX_LENGTH = 200;

    private SearchState() {}

    static ExpertQuery fromParameters(QueryParameters parameters) {
        var map = parameters.getParameters();
        return new ExpertQuery(
                first(map, "q", ""),
                codes(map, "sector"),
                codes(map, "heritage"),
                codes(map, "region"),
                codes(map, "continent"),
                codes(map, "residence"),
                blankToNull(first(map, "lang", "")),
                parseEnum(ProficiencyLevel.class, first(map, "level", "")),
                date(first(map, "from", "")),
                date(first(map, "to", "")),
                "true".equals(first(map, "remote", "")),
                "true".equals(first(map, "onsite", "")),
                "true".equals(first(map, "verified", "")),
                orDefault(parseEnum(ExpertQuery.Sort.class, first(map, "sort", "")), ExpertQuery.Sort.RELEVANCE));
    }

    static QueryParameters toParameters(ExpertQuery query) {
        var map = new LinkedHashMap<String, List<String>>();
        if (query.hasText()) {
            map.put("q", List.of(query.text()));
        }
        put(map, "sector", query.sectors());
        put(map, "heritage", query.heritageCountries());
        put(map, "region", query.heritageRegions());
        put(map, "continent", query.heritageContinents());
        put(map, "residence", query.residenceCountries());
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

    static void put(Map<String, List<String>> map, String name, Set<String> values) {
        if (values != null && !values.isEmpty()) {
            map.put(name, new ArrayList<>(values));
        }
    }

    static String first(Map<String, List<String>> map, String name, String fallback) {
        var values = map.get(name);
        if (values == null || values.isEmpty() || values.getFirst() == null) {
            return fallback;
        }
        var value = values.getFirst();
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    static Set<String> codes(Map<String, List<String>> map, String name) {
        var result = new LinkedHashSet<String>();
        for (var value : map.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank() && value.length() <= 40 && result.size() < MAX_VALUES) {
                result.add(value.strip());
            }
        }
        return result;
    }

    static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
