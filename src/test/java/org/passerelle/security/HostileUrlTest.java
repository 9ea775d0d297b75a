package org.passerelle.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.missions.MissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile-input corpus in every URL parameter of every view (path parameters and every query parameter a view
 * reads) and in the search boxes, as the user who may open the view: the view opens or says "not found", never the
 * internal error page, never an error notification, never a search-syntax message.
 */
class HostileUrlTest extends KaribuTest {

    /** Every query parameter any view reads. */
    private static final List<String> QUERY_PARAMETERS = List.of(
            "q",
            "sector",
            "heritage",
            "region",
            "continent",
            "residence",
            "country",
            "area",
            "lang",
            "level",
            "from",
            "to",
            "sort",
            "remote",
            "onsite",
            "verified",
            "mode",
            "past",
            "measure",
            "click",
            "token",
            "error");

    @Autowired
    MissionFixtures missionFixtures;

    @Test
    void hostileUrlParametersNeverBreakAView() {
        var failures = new ArrayList<String>();
        int navigations = 0;
        Map<String, Runnable> users = Map.of(
                "visitor", this::signOut,
                "expert", () -> signIn(testUsers.active("Hostile URL expert", Role.EXPERT)),
                "rep", () -> signIn(missionFixtures.representative("Hostile URL rep", true)));
        Map<String, List<String>> pathViews = Map.of(
                "visitor", List.of("experts", "mission", "atlas/country"),
                "expert", List.of("community", "topic", "staff-messages"),
                "rep", List.of("mission-edit", "candidates"));
        Map<String, List<String>> queryViews = Map.of(
                "visitor",
                List.of(
                        "directory",
                        "missions",
                        "atlas",
                        "impact",
                        "knowledge",
                        "login",
                        "reset-password",
                        "verify-email",
                        "confirm-email",
                        "unsubscribe"),
                "expert",
                List.of("forum/search", "missions/for-you"),
                "rep",
                List.of("institution/missions"));
        for (var user : List.of("visitor", "expert", "rep")) {
            users.get(user).run();
            for (var hostile : HostileInputs.all()) {
                for (var view : pathViews.get(user)) {
                    navigations++;
                    check(
                            failures,
                            view + "/{hostile}",
                            hostile,
                            () -> UI.getCurrent().navigate(view + "/" + encode(hostile)));
                }
                var everyParameter = QueryParameters.simple(
                        QUERY_PARAMETERS.stream().collect(Collectors.toMap(Function.identity(), name -> hostile)));
                for (var view : queryViews.get(user)) {
                    navigations++;
                    check(
                            failures,
                            view + "?all={hostile}",
                            hostile,
                            () -> UI.getCurrent().navigate(view, everyParameter));
                }
            }
        }
        System.out.printf("hostile URLs: %d navigations, %d failures%n", navigations, failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void hostileSearchesShowResultsOrNothingButNeverAnError() {
        var failures = new ArrayList<String>();
        signIn(testUsers.active("Hostile search expert", Role.EXPERT));
        Map<String, String> boxes =
                Map.of("directory", "search-text", "missions", "board-text", "forum/search", "forum-search-text");
        for (var box : boxes.entrySet()) {
            navigate(box.getKey());
            for (var hostile : HostileInputs.all()) {
                check(
                        failures,
                        box.getKey() + " search box",
                        hostile,
                        () -> type(_get(TextField.class, spec -> spec.withId(box.getValue())), hostile));
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, String where, String hostile, Runnable action) {
        try {
            action.run();
            var view = currentViewOrNull();
            if (view == InternalServerError.class) {
                failures.add(where + " with " + HostileInputs.shown(hostile) + ": internal error page");
            }
            var errors = _find(Notification.class).stream()
                    .filter(n -> n.getThemeNames().contains(NotificationVariant.LUMO_ERROR.getVariantName()))
                    .count();
            if (errors > 0) {
                failures.add(where + " with " + HostileInputs.shown(hostile) + ": error notification");
            }
            var page = UI.getCurrent().getElement().getOuterHTML().toLowerCase(Locale.ROOT);
            if (page.contains("parseexception") || page.contains("syntax error") || page.contains("cannot parse")) {
                failures.add(where + " with " + HostileInputs.shown(hostile) + ": a syntax error shown");
            }
        } catch (RuntimeException e) {
            failures.add(
                    where + " with " + HostileInputs.shown(hostile) + ": " + HostileInputs.shown(String.valueOf(e)));
        } finally {
            _find(Notification.class).forEach(Notification::close);
        }
    }

    private static Class<?> currentViewOrNull() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? null : chain.getFirst().getClass();
    }

    /** A path segment as a browser would send it. */
    private static String encode(String hostile) {
        return URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
