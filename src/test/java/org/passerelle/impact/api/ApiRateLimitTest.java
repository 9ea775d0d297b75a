package org.passerelle.impact.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiRateLimitTest {

    final ApiRateLimit limit = new ApiRateLimit(5);
    final AtomicInteger passed = new AtomicInteger();

    MockHttpServletResponse call(String path, String address) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        limit.doFilter(request, response, (req, res) -> passed.incrementAndGet());
        return response;
    }

    @Test
    void aBurstGetsExactlyTheAllowedNumberThroughAndThenA429() throws Exception {
        var statuses = new ArrayList<Integer>();
        MockHttpServletResponse last = null;
        for (int i = 0; i < 8; i++) {
            last = call("/api/v1/missions", "192.0.2.1");
            statuses.add(last.getStatus());
        }
        assertThat(passed).hasValue(5);
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(last.getContentAsString()).contains("\"error\":\"api.rateLimited\"");

        assertThat(call("/api/v1/missions", "192.0.2.2").getStatus())
                .as("another client is not held back")
                .isEqualTo(200);
        assertThat(call("/atlas", "192.0.2.1").getStatus())
                .as("pages are not this filter's business")
                .isEqualTo(200);
    }
}
