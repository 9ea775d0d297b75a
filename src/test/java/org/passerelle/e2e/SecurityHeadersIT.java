package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers on the pages Vaadin renders, the real server answering. */
@BrowserTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"", "login", "register", "styles/passerelle.css"})
    void pagesCarryTheSecurityHeaders(String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("Permissions-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
            if (!path.startsWith("styles/")) {
                // pages are never kept in a shared or browser cache (static styles may be)
                assertThat(headers.firstValue("Cache-Control"))
                        .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
            }
            assertThat(headers.firstValue("Set-Cookie").orElse("JSESSIONID; HttpOnly"))
                    .contains("HttpOnly");
        }
    }
}
