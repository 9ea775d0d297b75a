package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a public page says about itself in its head: title, description, OpenGraph type, extra OpenGraph properties
 * and schema.org structured data. Shared links (WhatsApp, LinkedIn) and crawlers read these without running script.
 *
 * @param type the OpenGraph type ("website", "article", "profile")
 * @param properties extra OpenGraph properties, as name and value
 * @param jsonLd schema.org JSON-LD, already safe inside a script element (see {@link JsonLd}), or null
 * @param indexable false for pages search engines should not list (an empty search, a page of results)
 */
public record PageMeta(
        String title, String description, String type, List<Property> properties, String jsonLd, boolean indexable) {

    public record Property(String name, String value) {}

    public static PageMeta of(String title, String description) {
        return new PageMeta(title, shorten(description), "website", List.of(), null, true);
    }

    public PageMeta type(String type) {
        return new PageMeta(title, description, type, properties, jsonLd, indexable);
    }

    public PageMeta property(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        var more = new ArrayList<>(properties);
        more.add(new Property(name, value));
        return new PageMeta(title, description, type, List.copyOf(more), jsonLd, indexable);
    }

    public PageMeta jsonLd(String jsonLd) {
        return new PageMeta(title, description, type, properties, jsonLd, indexable);
    }

    /** Not listed by search engines when the condition holds (a filtered view of an indexed page). */
    public PageMeta notIndexedIf(boolean condition) {
        return condition ? notIndexed() : this;
    }

    public PageMeta notIndexed() {
        return new PageMeta(title, description, type, properties, jsonLd, false);
    }

    /** Link previews show about 160 characters: a longer description is cut at a word, with an ellipsis. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        var flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 200) {
            return flat;
        }
        var cut = flat.lastIndexOf(' ', 197);
        return flat.substring(0, cut > 100 ? cut : 197) + "…";
    }
}
