package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** Health and metrics for operations, and who may read them. */
@IntegrationTest
class OperationsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertSearchService search;

    @Test
    void healthIsPublicWithItsComponentsButNotTheirDetails() throws Exception {
        var response = mvc.perform(get("/actuator/health").with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                }))
                .andReturn()
                .getResponse();
        var body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        var health = new ObjectMapper().readTree(body);
        assertThat(health.at("/status").asString()).isEqualTo("UP");
        for (var component : List.of("db", "searchIndex", "outgoingMail")) {
            assertThat(health.at("/components/" + component + "/status").asString())
                    .as(component)
                    .isEqualTo("UP");
        }
        assertThat(health.at("/components/outgoingMail/details").isMissingNode())
                .as("no details for a visitor")
                .isTrue();
    }

    @Test
    void metricsAreForTheMachineAndPrivateNetworksOnly() throws Exception {
        search.page(ExpertQuery.all(), 0, 10);
        var metrics = mvc.perform(get("/actuator/prometheus")) // MockMvc calls from 127.0.0.1
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics)
                .contains("passerelle_mail_queued", "passerelle_mail_failed")
                .contains("passerelle_index_lag{entity=\"ExpertProfile\"}")
                .contains("passerelle_search_seconds_count{kind=\"directory\"}")
                .contains("hikaricp_connections");

        mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                }))
                .andExpect(status().isForbidden());
    }
}
