package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void rendersMarkdownAndMarksLinksNofollow() {
        var html = Markdown.toSafeHtml("**Pédiatre** à _Bamako_, voir https://example.org");
        assertThat(html).contains("<strong>Pédiatre</strong>").contains("<em>Bamako</em>");
        assertThat(Jsoup.parse(html).select("a").attr("rel")).isEqualTo("nofollow");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=//evil.example></iframe>",
                "<svg onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>"
            })
    void nothingExecutableSurvives(String hostile) {
        var document = Jsoup.parse(Markdown.toSafeHtml(hostile));
        assertThat(document.select("script, img, iframe, svg, [onerror], [onload], [style]"))
                .isEmpty();
        assertThat(document.select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.toLowerCase().startsWith("javascript"));
    }

    @Test
    void blankIsEmpty() {
        assertThat(Markdown.toSafeHtml("   ")).isEmpty();
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
    }
}
