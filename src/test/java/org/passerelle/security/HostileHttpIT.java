package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.e2e.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input over HTTP against the real server: hostile page addresses and malformed bytes (invalid UTF-8, overlong
 * encodings, raw bytes in the request line, a login form in invalid UTF-8): an answer, never a 500.
 */
@BrowserTest
class HostileHttpIT {

    @LocalServerPort
    int port;

    @Test
    void hostilePageAddressesGetAnAnswerNotAServerError() throws Exception {
        var failures = new ArrayList<String>();
        try (var client = HttpClient.newHttpClient()) {
            for (var hostile : HostileInputs.sample(3)) {
                var encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
                for (var path : List.of(
                        "experts/" + encoded,
                        "directory?q=" + encoded,
                        "atlas/country/" + encoded,
                        "mission/" + encoded,
                        "missions?q=" + encoded + "&sector=" + encoded + "&page=" + encoded,
                        "atlas?measure=" + encoded + "&continent=" + encoded,
                        "impact?country=" + encoded + "&from=" + encoded,
                        "feeds/missions/sector/" + encoded + ".atom")) {
                    var response = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() >= 500) {
                        failures.add(path.substring(0, Math.min(path.length(), 80)) + ": " + response.statusCode());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedBytesGetAnAnswerNotAServerError() throws Exception {
        var requestLines = List.of(
                "GET /api/v1/missions?country=%C3%28 HTTP/1.1",
                "GET /api/v1/missions?country=%FF%FE%FD HTTP/1.1",
                "GET /api/v1/missions?country=%C0%AF HTTP/1.1",
                "GET /api/v1/missions?country=%ED%A0%80 HTTP/1.1",
                "GET /api/v1/missions?country=%F4%90%80%80 HTTP/1.1",
                "GET /api/v1/missions?country=%E2%82 HTTP/1.1",
                "GET /api/v1/missions?country=%00 HTTP/1.1",
                "GET /api/v1/missions?country=% HTTP/1.1",
                "GET /api/v1/missions?country=%zz HTTP/1.1",
                "GET /api/v1/missions/%FF HTTP/1.1",
                "GET /api/v1/missions/.. HTTP/1.1",
                "GET /api/v1/missions/. HTTP/1.1",
                "GET /api/v1/missions/a/%3Cscript%3E HTTP/1.1",
                "GET /api/v1/missions/%2F%2E%2E%2F HTTP/1.1",
                "GET /experts/%C3%28 HTTP/1.1",
                "GET /experts/%FF%FE HTTP/1.1",
                "GET /directory?q=%C0%AE%C0%AE%2F HTTP/1.1",
                "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                "GET /..;/actuator/prometheus HTTP/1.1",
                "GET /api/v1/missions?country=\u00ff\u00fe HTTP/1.1",
                "GET /experts/\u00c3\u0028 HTTP/1.1");
        var failures = new ArrayList<String>();
        for (var line : requestLines) {
            var status = rawRequest(line, "");
            if (status >= 500 || status == 0) {
                failures.add(line + " → " + status);
            }
        }
        var loginBody = "username=%FF%FE&password=%C3%28";
        var status = rawRequest(
                "POST /login HTTP/1.1",
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + loginBody.length() + "\r\n\r\n"
                        + loginBody);
        if (status >= 500 || status == 0) {
            failures.add("POST /login with invalid UTF-8 → " + status);
        }
        assertThat(failures).isEmpty();
    }

    /** Sends the request line's bytes as they are (ISO-8859-1, so raw bytes above 0x7F go out unchanged). */
    private int rawRequest(String requestLine, String rest) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var request =
                    requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + (rest.isEmpty() ? "\r\n" : rest);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            var first = answer.toString(StandardCharsets.ISO_8859_1)
                    .lines()
                    .findFirst()
                    .orElse("");
            var parts = first.split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        }
    }
}
