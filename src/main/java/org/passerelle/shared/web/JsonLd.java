package org.passerelle.shared.web;

import tools.jackson.databind.json.JsonMapper;

/** schema.org structured data written as JSON, safe to place inside a {@code <script>} element. */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {}

    /**
     * The object as JSON, with {@code <}, {@code >} and {@code &} written as Unicode escapes: text typed by users can
     * never close the script element (they only occur inside JSON strings, where the escapes mean the same).
     */
    public static String write(Object value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
