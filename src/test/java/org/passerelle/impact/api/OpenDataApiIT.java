package org.passerelle.impact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.impact.ImpactDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class OpenDataApiIT {

    /** Each request from its own address, so that the rate limit of one test does not reach another. */
    static final AtomicInteger CLIENT = new AtomicInteger();

    /** Every field name the API may answer with: none of them about a person. */
    static final Set<String> PUBLIC_FIELDS = Set.of(
            "items",
            "page",
            "size",
            "total",
            "id",
            "title",
            "summary",
            "institution",
            "country",
            "city",
            "mode",
            "startDate",
            "endDate",
            "durationWeeks",
            "expertsNeeded",
            "status",
            "publishedAt",
            "sectors",
            "name",
            "type",
            "website");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImpactDataset data;

    @Autowired
    ObjectMapper json;

    String sector;
    ImpactDataset.Tuvalu tuvalu;

    @BeforeEach
    void dataset() {
        sector = ImpactDataset.freshSector();
        tuvalu = data.tuvalu(sector);
    }

    static MockHttpServletRequestBuilder api(String path) {
        var address = "10.1." + (CLIENT.incrementAndGet() / 250) + "." + (CLIENT.get() % 250);
        return get(path).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    JsonNode call(String path) throws Exception {
        var body = mvc.perform(api(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    static Set<String> fieldNames(JsonNode node) {
        var names = new TreeSet<String>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                names.add(e.getKey());
                names.addAll(fieldNames(e.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(item -> names.addAll(fieldNames(item)));
        }
        return names;
    }

    @Test
    void missionsArePagedPublicOnlyAndCarryNoPersonalField() throws Exception {
        var first = call("/api/v1/missions?sector=" + sector + "&size=2");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        var second = call("/api/v1/missions?sector=" + sector + "&size=2&page=1");
        assertThat(second.get("items")).hasSize(1);
        var titles = new TreeSet<String>();
        first.get("items").forEach(m -> titles.add(m.get("title").asString()));
        second.get("items").forEach(m -> titles.add(m.get("title").asString()));
        assertThat(titles).containsExactly("Nurse training", "School curriculum", "Water quality lab");
        assertThat(fieldNames(first)).isSubsetOf(PUBLIC_FIELDS);
        assertThat(first.get("items").get(0).get("sectors").get(0).asString()).isEqualTo(sector);

        assertThat(call("/api/v1/missions/" + tuvalu.m1()).get("title").asString())
                .isEqualTo("Water quality lab");
        mvc.perform(api("/api/v1/missions/" + (tuvalu.m3() + 1))) // the draft after M3
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("api.notFound"));
    }

    @Test
    void institutionsAndStatisticsArePublicAggregates() throws Exception {
        var institutions = call("/api/v1/institutions?country=tv&size=100");
        assertThat(institutions.get("items").findValuesAsString("name")).contains(tuvalu.institutionName());
        assertThat(fieldNames(institutions)).isSubsetOf(PUBLIC_FIELDS);

        var heritage = call("/api/v1/statistics/countries?measure=EXPERTS_BY_HERITAGE&sector=" + sector);
        assertThat(heritage.toString())
                .isEqualTo("[{\"country\":\"NR\",\"value\":null,\"suppressed\":true},"
                        + "{\"country\":\"TV\",\"value\":10,\"suppressed\":false}]");

        var board = call("/api/v1/statistics/impact?sector=" + sector + "&from=2026-01-01&to=2026-12-31");
        assertThat(board.at("/totals/published").asInt()).isEqualTo(3);
        assertThat(board.at("/totals/peopleTrained").asInt()).isEqualTo(40);
        assertThat(board.at("/byGender/1/registered/suppressed").asBoolean()).isTrue();
        assertThat(board.toString()).doesNotContain("Impact Expert", "@example.org");
    }

    @Test
    void badParametersGetA400WithAReasonAndWritesAreRefused() throws Exception {
        mvc.perform(api("/api/v1/missions?size=1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("api.badPage"));
        mvc.perform(api("/api/v1/statistics/countries?measure=BOGUS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("api.badParameter"));
        mvc.perform(api("/api/v1/statistics/impact?from=yesterday")).andExpect(status().isBadRequest());
        mvc.perform(api("/api/v1/missions/not-a-number")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/missions")).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDescribedByOpenApiAndSetsNoSessionCookie() throws Exception {
        var response = mvc.perform(api("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        var description = json.readTree(response.getContentAsString());
        assertThat(description.get("openapi").asString()).startsWith("3.");
        assertThat(fieldNames(description.get("paths")))
                .contains(
                        "/api/v1/missions",
                        "/api/v1/missions/{id}",
                        "/api/v1/institutions",
                        "/api/v1/statistics/countries",
                        "/api/v1/statistics/impact");
        var missions = mvc.perform(api("/api/v1/missions"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header().string("X-RateLimit-Remaining", Matchers.notNullValue()))
                .andReturn()
                .getResponse();
        assertThat(missions.getCookies()).isEmpty();
        assertThat(missions.getHeader("Set-Cookie")).isNull();
    }
}
