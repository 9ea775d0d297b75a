package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP endpoint outside Vaadin (the open data API and its OpenAPI document, the operations endpoints, the error
 * page, the server-rendered public pages and their files), for every kind of user, against
 * {@code security/http-access.tsv}. A public page answers a signed-in member with the app (here a stand-in for the
 * Vaadin servlet, which MockMvc does not run): that counts as answered. The requests come from a public address
 * (203.0.113.9): operations endpoints other than health are for private networks only (OperationsIT checks those).
 * Every endpoint is also sent a write method (POST, PUT, DELETE with a valid CSRF token): nothing outside Vaadin
 * changes state, so every write must be refused, for every user. Vaadin's own requests (pages, UIDL, uploads,
 * downloads) are covered by the route table and by {@code VaadinRequestsIT}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpAccessMatrixIT {

    private static final String PUBLIC_ADDRESS = "203.0.113.9";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    private final Map<UserKind, Authentication> authentications = new EnumMap<>(UserKind.class);

    /** A response the app (Vaadin) gave: requests Spring MVC hands on to the Vaadin servlet get this header here. */
    private static final String ANSWERED_BY_THE_APP = "X-Answered-By-The-App";

    @BeforeAll
    void signInEveryKindOfUser() {
        authentications.putAll(KindsOfUser.signIn(context));
        var servletContext = (MockServletContext) ((WebApplicationContext) context).getServletContext();
        servletContext.registerNamedDispatcher("springServlet", new RequestDispatcher() {
            @Override
            public void forward(ServletRequest request, ServletResponse response) {
                ((HttpServletResponse) response).setHeader(ANSWERED_BY_THE_APP, "true");
            }

            @Override
            public void include(ServletRequest request, ServletResponse response) {
                forward(request, response);
            }
        });
    }

    /** Every endpoint as {@code METHOD /path}, path variables left as {@code {name}}. */
    private Map<String, String> endpoints() {
        var endpoints = new TreeMap<String, String>();
        for (var mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (var info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (var path : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.put("GET " + path, path);
                    }
                    methods.forEach(method -> endpoints.put(method.name() + " " + path, path));
                }
            }
        }
        var actuator = context.getBean(PathMappedEndpoints.class);
        for (var path : actuator.getAllPaths()) {
            endpoints.put("GET " + path, path);
        }
        return endpoints;
    }

    @Test
    void everyEndpointIsInTheTableAndTheTableHasNoStaleLine() throws Exception {
        var expected = AccessTable.load("security/http-access.tsv");
        var endpoints = endpoints();
        var missing = new ArrayList<String>();
        for (var endpoint : endpoints.keySet()) {
            if (!expected.containsKey(endpoint)) {
                var row = new EnumMap<UserKind, Boolean>(UserKind.class);
                for (var kind : UserKind.values()) {
                    row.put(kind, !refused(send(endpoint, kind)));
                }
                missing.add(AccessTable.line(endpoint, row));
            }
        }
        assertThat(missing).as("endpoints without a line in http-access.tsv").isEmpty();
        assertThat(expected.keySet()).as("lines whose endpoint is gone").isSubsetOf(endpoints.keySet());
    }

    @Test
    void everyCellIsAllowedOrRefusedAsTheTableSays() throws Exception {
        var expected = AccessTable.load("security/http-access.tsv");
        var wrong = new ArrayList<String>();
        int cells = 0;
        for (var endpoint : endpoints().keySet()) {
            var row = expected.get(endpoint);
            if (row == null) {
                continue;
            }
            for (var kind : UserKind.values()) {
                cells++;
                var status = send(endpoint, kind);
                if (status >= 500 || status == 429) {
                    wrong.add("%s for %s: %d".formatted(endpoint, kind, status));
                } else if (refused(status) == row.get(kind)) {
                    wrong.add("%s for %s: table says %s, answered %d".formatted(endpoint, kind, row.get(kind), status));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(expected.size() * UserKind.values().length);
    }

    @Test
    void nothingOutsideVaadinAcceptsAWriteFromAnyone() throws Exception {
        var accepted = new ArrayList<String>();
        var paths = endpoints().values().stream().distinct().collect(Collectors.toList());
        for (var path : paths) {
            for (var method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE}) {
                for (var kind : UserKind.values()) {
                    var status = send(method.name() + " " + path, kind);
                    if (status == APP) {
                        continue; // a write to a page's address is the app's (Vaadin's) request: VaadinRequestsIT
                    }
                    if (!refused(status) && status != 405) {
                        accepted.add("%s %s for %s: %d".formatted(method, path, kind, status));
                    }
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    /** Refused: not signed in (401), forbidden (403) or sent to the login page. */
    private static boolean refused(int status) {
        return status == 401 || status == 403 || status == 302;
    }

    /** The status {@link #send} reports for a request the app (Vaadin) answered. */
    private static final int APP = 299;

    private int send(String endpoint, UserKind kind) throws Exception {
        var method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        var path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]*}", "1");
        var request = request(method, path)
                .with(authentication(authentications.get(kind)))
                .with(servletRequest -> {
                    servletRequest.setRemoteAddr(PUBLIC_ADDRESS);
                    return servletRequest;
                });
        if (method != HttpMethod.GET) {
            request = request.with(csrf());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getHeader(ANSWERED_BY_THE_APP) != null) {
            return APP;
        }
        if (response.getStatus() == 302 && !response.getRedirectedUrl().contains("/login")) {
            return 200; // sent on to where it is answered (e.g. "apply" to the mission in the app)
        }
        return response.getStatus();
    }
}
