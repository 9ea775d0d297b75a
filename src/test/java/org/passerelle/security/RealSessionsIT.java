package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.e2e.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sessions on the real server (Tomcat, real cookies): what a browser and an attacker's page would meet. */
@BrowserTest
class RealSessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void aLoginGetsANewSessionIdAndTheCookieIsHttpOnlyAndSameSite() throws Exception {
        var user = users.active("Real fixation", Role.EXPERT);
        try (var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            var page = client.send(request("login").build(), HttpResponse.BodyHandlers.discarding());
            var planted = sessionCookie(page);
            assertThat(planted).as("the login page opens a session").isNotNull();
            var login = client.send(
                    request("login")
                            .header("Cookie", "JSESSIONID=" + planted)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", "http://localhost:" + port)
                            .POST(form(user.getEmail(), TestUsers.PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            var fresh = sessionCookie(login);
            assertThat(fresh).as("a new session id after login").isNotNull().isNotEqualTo(planted);
            var cookie = login.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow();
            assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        }
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        var attacker = users.active("Login CSRF attacker", Role.EXPERT);
        try (var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            for (var origin : new String[] {"http://evil.example.org", "null"}) {
                var login = client.send(
                        request("login")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", origin)
                                .POST(form(attacker.getEmail(), TestUsers.PASSWORD))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(login.statusCode())
                        .as("login posted from %s", origin)
                        .isEqualTo(403);
                assertThat(sessionCookie(login))
                        .as("no session for a cross-site login")
                        .isNull();
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
    }

    private static HttpRequest.BodyPublisher form(String email, String password) {
        return HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }
}
