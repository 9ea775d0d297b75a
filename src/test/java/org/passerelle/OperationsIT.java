package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health and metrics for operations, and who may read them. */
@IntegrationTest
class OperationsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertSearchService search;

    @Test
    void healthIsPublicWithItsComponentsButNotTheirDetails() throws Exception {
        mvc.perform(get("/actuator/health").with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
                .andExpect(jsonPath("$.components.outgoingMail.status").value("UP"))
                .andExpect(jsonPath("$.components.outgoingMail.details").doesNotExist());
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
