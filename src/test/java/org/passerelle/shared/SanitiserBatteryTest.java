package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload of {@code xss-payloads.txt} (over a hundred: script tags, event handlers, javascript: and data: URLs,
 * SVG and MathML, malformed tags, Markdown link and image tricks), on its own and wrapped in ordinary text, rendered
 * the way posts, biographies, mission texts and discussion messages are: the HTML holds no script or embedding
 * element, no event-handler attribute, no style, and no URL other than http(s), mailto or a relative one.
 */
class SanitiserBatteryTest {

    static List<String> payloads() throws IOException {
        try (var in = SanitiserBatteryTest.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n").replace("\\u0000", "\u0000"))
                    .toList();
        }
    }

    static Stream<String> cases() throws IOException {
        return payloads().stream().flatMap(p -> Stream.of(p, "Intro text. " + p + " And after.", "> " + p));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void nothingExecutableSurvives(String hostile) {
        var html = Markdown.toSafeHtml(hostile);
        var document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, style, iframe, object, embed, svg, math, link, meta, base, form, input,"
                        + " button, textarea, select, video, audio, source, applet, frameset, frame, portal, template,"
                        + " details, marquee, body *[background]"))
                .as(html)
                .isEmpty();
        document.getAllElements()
                .forEach(element -> element.attributes().forEach(attribute -> {
                    var name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name).as(html).doesNotStartWith("on").isNotIn("style", "srcset", "formaction", "ping");
                    if (name.equals("href")
                            || name.equals("src")
                            || name.equals("action")
                            || name.equals("background")) {
                        var value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                        assertThat(value.startsWith("http://")
                                        || value.startsWith("https://")
                                        || value.startsWith("mailto:")
                                        || !value.contains(":"))
                                .as("%s in %s", value, html)
                                .isTrue();
                    }
                }));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void renderingTwiceChangesNothingDangerous(String hostile) {
        // what is stored is rendered once; were it ever rendered again, it must stay inert
        var twice = Markdown.toSafeHtml(Markdown.toSafeHtml(hostile));
        assertThat(Jsoup.parseBodyFragment(twice).select("script, iframe, svg, [onerror], [onload], [onclick]"))
                .isEmpty();
    }
}
