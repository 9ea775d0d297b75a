package org.passerelle.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mission board search as query parameters ({@code ?q=…&sector=health&country=ML&region=011&lang=fr
 * &mode=REMOTE_POSSIBLE&from=2027-03-01&to=2027-06-30&past=true}). Anything malformed is ignored, never an error.
 */
public final class BoardAddress {

    private BoardAddress() {}

    public static MissionQuery fromParameters(Map<String, List<String>> map) {
        var mode = AddressValues.parseEnum(MissionQuery.Mode.class, AddressValues.first(map, "mode", ""));
        return new MissionQuery(
                AddressValues.first(map, "q", ""),
                AddressValues.codes(map, "sector"),
                AddressValues.codes(map, "country"),
                AddressValues.codes(map, "region"),
                AddressValues.codes(map, "lang"),
                mode == null ? MissionQuery.Mode.ANY : mode,
                AddressValues.date(AddressValues.first(map, "from", "")),
                AddressValues.date(AddressValues.first(map, "to", "")),
                "true".equals(AddressValues.first(map, "past", "")));
    }

    public static Map<String, List<String>> toParameters(MissionQuery query) {
        var map = new LinkedHashMap<String, List<String>>();
        if (query.hasText()) {
            map.put("q", List.of(query.text()));
        }
        AddressValues.put(map, "sector", query.sectors());
        AddressValues.put(map, "country", query.countries());
        AddressValues.put(map, "region", query.regions());
        AddressValues.put(map, "lang", query.languages());
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
        return map;
    }
}
