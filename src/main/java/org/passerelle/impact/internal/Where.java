package org.passerelle.impact.internal;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.shared.Texts;

/** A WHERE clause built from optional parts, with its parameters in order. */
final class Where {
    private final List<String> parts = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where and(String part, Object... values) {
        parts.add(part);
        // no NUL in text parameters: PostgreSQL refuses it (as NulFreeText does for Hibernate)
        for (var value : values) {
            params.add(value instanceof String text ? Texts.withoutNul(text) : value);
        }
        return this;
    }

    String sql() {
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    Object[] params() {
        return params.toArray();
    }
}
