package org.passerelle.impact.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long list (250 countries, or continents, regions and countries), rendered once
 * per list and language and reused: templates evaluating an expression per option made these lists most of a page's
 * rendering time. The chosen value is marked on the cached text.
 */
final class Options {

    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    /**
     * The options, values escaped, with {@code selected} on the chosen one.
     *
     * @param list names the list (with the language, the cache key)
     * @param codes the values, in display order
     */
    String html(String list, Locale locale, List<String> codes, Function<String, String> name, String chosen) {
        var html = rendered.computeIfAbsent(list + "/" + locale.getLanguage(), key -> {
            var out = new StringBuilder(codes.size() * 48);
            for (var code : codes) {
                out.append("<option value=\"")
                        .append(HtmlUtils.htmlEscape(code))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(name.apply(code)))
                        .append("</option>");
            }
            return out.toString();
        });
        if (chosen == null) {
            return html;
        }
        var value = "<option value=\"" + HtmlUtils.htmlEscape(chosen) + "\">";
        return html.replace(value, "<option value=\"" + HtmlUtils.htmlEscape(chosen) + "\" selected>");
    }
}
