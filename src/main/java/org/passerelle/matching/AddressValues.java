package org.passerelle.matching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and writing a search's query parameters ({@code ?q=…&sector=health}), for the app's search views and the
 * public board alike: values are bounded in number and length, and anything malformed is ignored, never an error.
 */
public final class AddressValues {

    private static final int MAX_VALUES = 20;
    private static final int MAX_LENGTH = 200;

    private AddressValues() {}

    public static void put(Map<String, List<String>> map, String name, Set<String> values) {
        if (values != null && !values.isEmpty()) {
            map.put(name, new ArrayList<>(values));
        }
    }

    public static String first(Map<String, List<String>> map, String name, String fallback) {
        var values = map.get(name);
        if (values == null || values.isEmpty() || values.getFirst() == null) {
            return fallback;
        }
        var value = values.getFirst();
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    public static Set<String> codes(Map<String, List<String>> map, String name) {
        var result = new LinkedHashSet<String>();
        for (var value : map.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank() && value.length() <= 40 && result.size() < MAX_VALUES) {
                result.add(value.strip());
            }
        }
        return result;
    }

    public static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
