package org.passerelle.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/** What would make an HTML fragment unsafe to show: the test of every piece of rendered user content. */
public final class SafeHtml {

    /** Elements that run, embed, load or submit something. */
    static final String DANGEROUS_ELEMENTS = "script, style, iframe, object, embed, svg, math, link, meta, base, form,"
            + " input, button, textarea, select, video, audio, source, applet, frameset, frame, portal, template,"
            + " details, marquee, body *[background]";

    /** The reasons this HTML is unsafe; empty when it is safe. */
    public static List<String> problems(String html) {
        var problems = new ArrayList<String>();
        var document = Jsoup.parseBodyFragment(html);
        document.select(DANGEROUS_ELEMENTS).forEach(element -> problems.add("element " + element.tagName()));
        document.getAllElements()
                .forEach(element -> element.attributes().forEach(attribute -> {
                    var name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on")
                            || List.of("style", "srcset", "formaction", "ping").contains(name)) {
                        problems.add("attribute " + name);
                    }
                    if (List.of("href", "src", "action", "background").contains(name)) {
                        var value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                        if (!(value.startsWith("http://")
                                || value.startsWith("https://")
                                || value.startsWith("mailto:")
                                || !value.contains(":"))) {
                            problems.add(name + "=" + value);
                        }
                    }
                }));
        return problems;
    }

    private SafeHtml() {}
}
