package org.passerelle.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser, as far as the server can tell: its own session cookie, one Vaadin UI, and the UIDL protocol a Vaadin
 * page speaks — the page load and init request, then JSON round trips carrying the UI's security key, the server's
 * last sync id and the client's message counter: navigation inside the page (as a click on a link does), a field's
 * new value, a button's click, a grid asking for rows. Every request is timed into {@link Recorder}.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private String session;
    private int uiId;
    private boolean productionMode;
    private boolean opened;
    private String securityKey;
    private int syncId;
    private int clientId;
    /** Element id → state node id, from the changes the server sent. */
    private final Map<String, Integer> nodes = new HashMap<>();

    VaadinClient(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** Signs in with the login form (a new session, as after a real login). */
    void logIn(String email, String password) throws IOException, InterruptedException {
        send("page", HttpRequest.newBuilder(URI.create(base + "login")).GET());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = send(
                "login",
                HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base.substring(0, base.length() - 1))
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 302
                || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
            recorder.error("login refused: " + response.statusCode());
        }
    }

    /**
     * Reads a server-rendered public page, as a visitor's browser does: one request (no script; the stylesheet is
     * cached after the first page).
     */
    void read(String path) throws IOException, InterruptedException {
        var route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        var page = route.isEmpty() ? "home" : route.contains("/") ? route.substring(0, route.indexOf('/')) : route;
        send(
                "public " + page,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Encoding", "gzip")
                        .GET());
    }

    /** Whether this visit has an app page (a UI) yet. */
    boolean opened() {
        return opened;
    }

    /** Loads the page of this route: the HTML, then Vaadin's init request (one UI for the rest of the visit). */
    void open(String route) throws IOException, InterruptedException {
        send("page", HttpRequest.newBuilder(URI.create(base + route)).GET());
        var init = send(
                "init",
                HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + encode(route)))
                        .GET());
        var config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        productionMode = config.path("productionMode").asBoolean();
        opened = true;
        absorb(config.path("uidl").toString());
        navigate(route);
    }

    /** Moves the page to another route, as a click on a link inside the application does. */
    void navigate(String location) throws IOException, InterruptedException {
        var query = location.contains("?") ? location.substring(location.indexOf('?') + 1) : "";
        var route = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        var data = JSON.createObjectNode()
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        nodes.clear(); // the new view's elements come with the answer
        var page = route.isEmpty() ? "home" : route.contains("/") ? route.substring(0, route.indexOf('/')) : route;
        rpc("navigate " + page, event(1, "ui-navigate", data));
        var grid = nodes.get("search-results");
        if (grid != null && location.contains("q=")) {
            // the directory's results grid asks for its first rows, as the browser's grid does once shown (the
            // mission board renders its results on the server)
            var call = JSON.createObjectNode()
                    .put("type", "publishedEventHandler")
                    .put("node", grid)
                    .put("templateEventMethodName", "setViewportRange")
                    .put("promise", 0);
            call.putArray("templateEventMethodArgs").add(0).add(50);
            rpc("grid rows", call);
        }
    }

    /** Types a value into the field with this element id (the value reaches the server with the next round trip). */
    ObjectNode value(String elementId, String value) {
        return JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node(elementId))
                .put("feature", 1)
                .put("property", "value")
                .put("value", value);
    }

    /** Clicks the button with this element id, sending the field values first. */
    void click(String elementId, ObjectNode... before) throws IOException, InterruptedException {
        var data = JSON.createObjectNode();
        for (var key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        for (var key : List.of("event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        var calls = new ArrayList<JsonNode>(List.of(before));
        calls.add(event(node(elementId), "click", data));
        rpc("click " + elementId, calls.toArray(JsonNode[]::new));
    }

    /** Whether the server said it runs in production mode (in the last page's configuration). */
    boolean productionMode() {
        return productionMode;
    }

    boolean has(String elementId) {
        return nodes.containsKey(elementId);
    }

    private int node(String elementId) {
        var node = nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element " + elementId + " on the page");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        var event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private void rpc(String label, JsonNode... calls) throws IOException, InterruptedException {
        var message = JSON.createObjectNode()
                .put("csrfToken", securityKey)
                .put("syncId", syncId)
                .put("clientId", clientId);
        ArrayNode rpc = message.putArray("rpc");
        for (var call : calls) {
            rpc.add(call);
        }
        var response = send(
                label,
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        var body = response.body();
        if (body.contains("\"appError\"") || body.contains("sessionExpired") || body.contains("something went wrong")) {
            var at = Math.max(0, body.indexOf("something went wrong") - 100);
            recorder.error(label + ": " + body.substring(at, Math.min(at + 400, body.length())));
        }
        absorb(body.startsWith("for(;;);") ? body.substring(8) : body);
    }

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(-?\\d+)");
    private static final Pattern ELEMENT_ID = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]+)\"\\}");

    /**
     * Takes what the client must remember from the server's answer: the security key, the sync id and message counter,
     * and the element ids of new nodes. Read with patterns rather than a JSON tree: the answers run to tens of
     * kilobytes, and the simulated users share the server's two cores.
     */
    private void absorb(String uidl) {
        var key = SECURITY_KEY.matcher(uidl);
        if (key.find()) {
            securityKey = key.group(1);
        }
        var sync = SYNC_ID.matcher(uidl);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        var client = CLIENT_ID.matcher(uidl);
        if (client.find()) {
            clientId = Integer.parseInt(client.group(1));
        }
        var ids = ELEMENT_ID.matcher(uidl);
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
    }

    private HttpResponse<String> send(String label, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        var start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            recorder.error(label + ": " + e);
            throw e;
        }
        recorder.record(label, System.nanoTime() - start);
        response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .ifPresent(c -> session = c.substring("JSESSIONID=".length(), c.indexOf(';')));
        if (response.statusCode() >= 400) {
            recorder.error(label + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
