package org.passerelle.matching.ui;

import java.util.LinkedHashMap;
import java.util.List;
import org.passerelle.matching.MissionQuery;

/**
 * A mission board search as query parameters ({@code ?q=…&sector=health&country=ML&region=011&lang=fr
 * &mode=REMOTE_POSSIBLE&from=2027-03-01&to=2027-06-30&past=true}). Anything malformed is ignored, never an error.
 */
final class BoardState {

    private BoardState() {}

    static MissionQuery fromParameters(com.vaadin.flow.router.QueryParameters parameters) {
        var map = parameters.getParameters();
        var mode = SearchState.parseEnum(MissionQuery.Mode.class, SearchState.first(map, "mode", ""));
        return new MissionQuery(
                SearchState.first(map, "q", ""),
                SearchState.codes(map, "sector"),
                SearchState.codes(map, "country"),
                SearchState.codes(map, "region"),
                SearchState.codes(map, "lang"),
                mode == null ? MissionQuery.Mode.ANY : mode,
                SearchState.date(SearchState.first(map, "from", "")),
                SearchState.date(SearchState.first(map, "to", "")),
                "true".equals(SearchState.first(map, "past", "")));
    }

    static com.vaadin.flow.router.QueryParameters toParameters(MissionQuery query) {
        var map = new LinkedHashMap<String, List<String>>();
        if (query.hasText()) {
            map.put("q", List.of(query.text()));
        }
        SearchState.put(map, "sector", query.sectors());
        SearchState.put(map, "country", query.countries());
        SearchState.put(map, "region", query.regions());
        SearchState.put(map, "lang", query.languages());
        if (query.mode() != null && query.mode() != MissionQuery.Mode.ANY) {
            map.put("mode", List.of(query.mode().name()));
        }
        if (query.from() != null) {
            map.put("from", List.of(query.from().toString()));
        }
        if (query.to() != null) {
            map.put("to", List.of(query.to().toString()));
        }
        if (query.includePast()) {
            map.put("past", List.of("true"));
        }
        return new com.vaadin.flow.router.QueryParameters(map);
    }
}
