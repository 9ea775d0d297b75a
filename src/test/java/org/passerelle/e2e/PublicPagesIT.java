package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.missions.MissionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages as a crawler, a link preview or a phone without JavaScript gets them: plain HTTP on the real
 * server, no script run. Each page must carry its content, its language and its metadata in the first response.
 * (With the browser journeys: it shares their application context, which a test run creates when this package starts.)
 */
@BrowserTest
class PublicPagesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MissionFixtures missions;

    @Autowired
    MissionService missionService;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers users;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        users.signOut();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Document page(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    @Test
    void aPublishedMissionCarriesItsTermsLanguageAndStructuredDataInTheHtml() throws Exception {
        var rep = missions.representative("Crawled rep", true);
        var form = MissionFixtures.form("Neonatal care training");
        form.setCity("Sikasso");
        var mission = missions.published(rep, form);

        var english = page("/mission/" + mission.id() + "?hl=en");
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Neonatal care training");
        assertThat(english.getElementById("mission-summary-text").text()).isEqualTo(mission.summary());
        assertThat(english.getElementById("mission-institution").text()).isEqualTo(mission.institutionName());
        assertThat(english.getElementById("mission-details").text()).contains("Sikasso", "Mali", "Mar 1, 2027");
        assertThat(english.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo("Neonatal care training");
        assertThat(english.selectFirst("meta[property=og:description]").attr("content"))
                .contains(mission.institutionName(), "Sikasso");
        assertThat(english.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .contains("en", "fr", "x-default");
        assertThat(english.getElementById("mission-apply").select("a").first().attr("href"))
                .isEqualTo("/mission/" + mission.id() + "/apply");

        var scripts = english.select("script");
        assertThat(scripts).as("no script but the structured data").hasSize(1);
        var posting = JSON.readTree(scripts.first().data());
        assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(posting.get("title").asString()).isEqualTo("Neonatal care training");
        assertThat(posting.get("hiringOrganization").get("name").asString()).isEqualTo(mission.institutionName());
        assertThat(posting.get("jobStartDate").asString()).isEqualTo("2027-03-01");
        assertThat(posting.get("jobLocation")
                        .get("address")
                        .get("addressCountry")
                        .asString())
                .isEqualTo("ML");
        assertThat(posting.get("jobLocation")
                        .get("address")
                        .get("addressLocality")
                        .asString())
                .isEqualTo("Sikasso");
        assertThat(posting.get("employmentType").toString()).contains("VOLUNTEER");
        assertThat(posting.get("url").asString()).endsWith("/mission/" + mission.id());

        var french = page("/mission/" + mission.id() + "?hl=fr");
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.getElementById("mission-details").text()).contains("1 mars 2027");
        assertThat(french.selectFirst("link[rel=canonical]").attr("href")).endsWith("hl=fr");
        assertThat(page("/mission/" + mission.id())
                        .selectFirst("link[rel=canonical]")
                        .attr("href"))
                .as("no language named: the page's own, language-negotiated address")
                .endsWith("/mission/" + mission.id());
        var remembered = get("/missions", "Cookie", "passerelle-language=fr");
        assertThat(Jsoup.parse(remembered.body()).selectFirst("html").attr("lang"))
                .isEqualTo("fr");
        var browser = get("/missions", "Accept-Language", "de-DE, fr;q=0.8, en;q=0.5");
        assertThat(Jsoup.parse(browser.body()).selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void aTitleWithMarkupNeverLeavesTheStructuredDataOrTheText() throws Exception {
        var rep = missions.representative("Hostile rep", true);
        var hostile = "</script><script>alert(1)</script> & \"quotes\"";
        var mission = missions.published(rep, MissionFixtures.form(hostile));
        var response = get("/mission/" + mission.id());
        assertThat(response.body()).doesNotContain("<script>alert(1)");
        var page = Jsoup.parse(response.body());
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
        assertThat(JSON.readTree(page.selectFirst("script").data()).get("title").asString())
                .isEqualTo(hostile);
    }

    @Test
    void draftsUnknownIdsAndMalformedAddressesAreNotFoundNeverAnError() throws Exception {
        var rep = missions.representative("Drafting rep", true);
        users.signIn(rep);
        var draft = missionService.create(MissionFixtures.form("Secret draft mission"));
        users.signOut();
        for (var path : new String[] {
            "/mission/" + draft.id(),
            "/mission/999999999",
            "/mission/abc",
            "/experts/999999999",
            "/experts/x",
            "/atlas/country/XX",
            "/atlas/country?code=%3Cb%3E"
        }) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Secret draft mission", "Exception");
        }
        assertThat(get("/mission/%00").statusCode())
                .as("refused by the server's firewall")
                .isEqualTo(400);
        var calendar = get("/mission/" + draft.id() + ".ics");
        assertThat(calendar.statusCode()).isEqualTo(404);
    }

    @Test
    void theBoardSearchesFiltersAndPagesWithoutScript() throws Exception {
        var rep = missions.representative("Board rep", true);
        var mission = missions.published(rep, MissionFixtures.form("Zoonotic xerography survey"));

        var found = page("/missions?q=xerography");
        assertThat(found.select("#board-results h2 a").eachText()).containsExactly("Zoonotic xerography survey");
        assertThat(found.select("#board-results h2 a").attr("href")).isEqualTo("/mission/" + mission.id());
        assertThat(found.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(found.getElementById("board-form").attr("method")).isEqualTo("get");
        assertThat(found.getElementById("board-text").attr("value")).isEqualTo("xerography");

        var sectorLink = found.select("#facet-sector a").first();
        assertThat(sectorLink.text()).contains("(1)");
        var filtered = page(sectorLink.attr("href"));
        assertThat(filtered.select("#board-results h2 a").eachText()).contains("Zoonotic xerography survey");
        assertThat(filtered.select("#facet-sector a[aria-current]")).hasSize(1);
        assertThat(filtered.select("input[type=hidden][name=sector]")).hasSize(1);

        var none = page("/missions?q=xerography&mode=ON_SITE&from=2030-01-01&to=2030-02-01");
        assertThat(none.select("#board-results li")).isEmpty();
        for (var odd : new String[] {
            "/missions?page=abc",
            "/missions?page=-4",
            "/missions?page=99999",
            "/missions?from=notadate&mode=NOPE",
            "/missions?q=%22unbalanced&sector=" + "x".repeat(300),
            "/missions?q=" + "a%20".repeat(300)
        }) {
            assertThat(get(odd).statusCode()).as(odd).isEqualTo(200);
        }
    }

    @Test
    void aPublicProfileShowsOnlyWhatTheExpertMadePublic() throws Exception {
        var expert = users.active("Public Expert", Role.EXPERT);
        users.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Paediatric surgeon");
        form.setSkillsText("Hidden skill narrative");
        form.getVisibility().put(ProfileSection.IDENTITY, Visibility.PUBLIC);
        form.getVisibility().put(ProfileSection.EXPERTISE, Visibility.MEMBERS);
        profiles.update(id, form);
        var hidden = users.active("Hidden Expert", Role.EXPERT);
        users.signIn(hidden);
        var hiddenId = profiles.myProfileId();
        users.signOut();

        var page = page("/experts/" + id);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Public Expert");
        assertThat(page.getElementById("expert-headline").text()).isEqualTo("Paediatric surgeon");
        assertThat(page.body().text()).doesNotContain("Hidden skill narrative");
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("profile");
        assertThat(get("/experts/" + hiddenId).statusCode()).isEqualTo(404);
    }

    @Test
    void theAtlasCountryPagesDashboardAndKnowledgeHubWorkWithoutScript() throws Exception {
        var atlas = page("/atlas?measure=MISSIONS");
        var map = atlas.selectFirst("#world-map svg");
        assertThat(map).isNotNull();
        assertThat(map.select("a[href^=/atlas/country/ML]")).hasSize(1);
        assertThat(atlas.select("#atlas-table td a")).isNotEmpty();
        assertThat(atlas.selectFirst("#atlas-measure option[selected]").attr("value"))
                .isEqualTo("MISSIONS");
        var redirect = get("/atlas/country?code=SN");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/atlas/country/SN");

        var country = page("/atlas/country/ML");
        assertThat(country.selectFirst("h1").text()).isEqualTo("Mali");
        assertThat(country.select("#country-figures li")).hasSize(4);
        assertThat(page("/atlas/country/ML?hl=fr")
                        .select("#country-breadcrumb a")
                        .eachText())
                .contains("Afrique");

        var dashboard = page("/impact?country=ML&from=2020-01-01&sector=nope");
        assertThat(dashboard.select("#impact-totals li")).isNotEmpty();
        assertThat(dashboard.select("table")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dashboard.selectFirst("#impact-country option[selected]").attr("value"))
                .isEqualTo("ML");

        var knowledge = page("/knowledge?area=002&sector=health");
        assertThat(knowledge.selectFirst("#knowledge-area option[selected]").attr("value"))
                .isEqualTo("002");
    }

    @Test
    void feedsCalendarSitemapRobotsAndIconsAreServed() throws Exception {
        var rep = missions.representative("Feeding rep", true);
        var form = MissionFixtures.form("Quarterly feed mission; with, commas");
        var mission = missions.published(rep, form);

        var feed = get("/feeds/missions.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var atom = xml(feed.body());
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.body()).contains("Quarterly feed mission; with, commas", "/mission/" + mission.id());
        assertThat(get("/feeds/missions/sector/health.atom").body()).contains("Quarterly feed mission");
        assertThat(get("/feeds/missions/country/ML.atom").body()).contains("Quarterly feed mission");
        assertThat(get("/feeds/missions/country/FR.atom").body()).doesNotContain("Quarterly feed mission");
        assertThat(get("/feeds/missions/sector/%3Cscript%3E.atom").statusCode()).isEqualTo(200);

        var calendar = get("/mission/" + mission.id() + ".ics");
        assertThat(calendar.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(calendar.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20270301\r\n", "DTEND;VALUE=DATE:20270401\r\n")
                .contains("SUMMARY:Quarterly feed mission\\; with\\, commas");

        var sitemap = get("/sitemap.xml");
        xml(sitemap.body());
        assertThat(sitemap.body())
                .contains("/mission/" + mission.id() + "?hl=fr", "/atlas/country/ML?hl=en", "hreflang=\"fr\"");
        assertThat(get("/robots.txt").body()).contains("Sitemap: ", "/sitemap.xml", "Disallow: /VAADIN/");
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(200);
        var manifest = JSON.readTree(get("/manifest.webmanifest").body());
        assertThat(manifest.get("icons").size()).isGreaterThanOrEqualTo(2);
        for (var icon : manifest.get("icons")) {
            assertThat(get(icon.get("src").asString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pagesAreCompressedAndTheirVersionedStylesheetIsCachedForAYear() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/missions"))
                .header("Accept-Encoding", "gzip")
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        var html = new String(
                new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);
        var stylesheet = Jsoup.parse(html).selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(stylesheet).matches("/assets/public-[0-9a-f]{32}\\.css");
        var css = get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
