package org.passerelle.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by users, rendered to HTML (commonmark) and sanitised (jsoup) — once, when it is saved; pages show
 * the stored HTML. Raw HTML in the source is escaped; links get {@code rel="nofollow"}.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist SAFE = Safelist.basic().addTags("h3", "h4", "h5", "h6");

    private Markdown() {}

    /** Safe HTML for the given Markdown text (empty for blank text). */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
    }
}
