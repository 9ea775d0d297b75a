package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertThat(SafeHtml.problems(html)).as(html).isEmpty();
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
