package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.ui.LoginView;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.moderation.MemberModerationService;
import org.passerelle.shared.ui.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every registered route, opened by each kind of user, is allowed or refused as {@code security/route-access.tsv}
 * says. A new route without a line there fails the test (which prints the line to review and add).
 */
class RouteAccessTest extends KaribuTest {

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    MemberModerationService moderation;

    private static final Map<String, EnumMap<UserKind, Boolean>> EXPECTED =
            AccessTable.load("security/route-access.tsv");

    private Long publicProfile;

    /** The table's name for a route: its template without parameter patterns. */
    static String key(RouteData route) {
        return "/" + route.getTemplate().replaceAll("\\(.*\\)$", "");
    }

    private Long publicMission;

    /** A concrete address for a route: a public profile, a published mission for the pages that show one. */
    private String path(RouteData route) {
        var key = key(route).substring(1);
        if (!key.contains(":")) {
            return route.getTemplate();
        }
        if (key.startsWith("atlas/country/")) {
            return "atlas/country/SN";
        }
        var prefix = key.substring(0, key.indexOf('/'));
        return prefix + "/"
                + switch (prefix) {
                    case "experts" -> publicProfile;
                    case "community" -> forumCommunity;
                    case "topic" -> forumTopic;
                    default -> publicMission;
                };
    }

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    private static Long forumCommunity;
    private static Long forumTopic;

    @Autowired
    ExpertProfileService profiles;

    @BeforeEach
    void createAPublicProfile() {
        testUsers.signIn(testUsers.active("Public expert", Role.EXPERT));
        publicProfile = profiles.myProfileId();
        var form = profiles.myProfile();
        form.getVisibility().put(ProfileSection.IDENTITY, Visibility.PUBLIC);
        profiles.update(publicProfile, form);
        if (forumCommunity == null) {
            forumCommunity = communityFixtures.community("Governance");
            testUsers.signIn(testUsers.active("Route member", Role.EXPERT));
            communities.join(forumCommunity);
            var topic = new TopicForm();
            topic.setTitle("Route topic");
            topic.setBody("Hello");
            forumTopic = forum.createTopic(forumCommunity, topic);
        }
        var rep = missionFixtures.representative("Route rep", true);
        publicMission = missionFixtures
                .published(rep, MissionFixtures.form("Route mission"))
                .id();
        testUsers.signOut();
    }

    @Test
    void everyRouteIsInTheTable() {
        var missing = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteAccessTest::key)
                .filter(key -> !EXPECTED.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("routes without a line in route-access.tsv").isEmpty();
        var registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteAccessTest::key)
                .collect(Collectors.toSet());
        assertThat(EXPECTED.keySet()).as("lines whose route is gone").isSubsetOf(registered);
    }

    @Test
    void everyRouteIsAllowedOrRefusedAsTheTableSays() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        int cells = 0;
        for (var kind : UserKind.values()) {
            signInAs(kind);
            for (var route : routes) {
                navigate(path(route));
                var shown = currentView();
                var allowed = EXPECTED.get(key(route)).get(kind);
                var signedIn = kind != UserKind.ANONYMOUS && kind != UserKind.UNVERIFIED && kind != UserKind.SUSPENDED;
                var expected =
                        allowed ? route.getNavigationTarget() : signedIn ? AccessDeniedView.class : LoginView.class;
                assertThat(shown)
                        .as("%s opening /%s", kind, route.getTemplate())
                        .isEqualTo(expected);
                cells++;
            }
        }
        assertThat(cells).isEqualTo(routes.size() * UserKind.values().length);
    }

    /**
     * Signs in a user of that kind as the login would. Unverified and suspended users are refused at login (tested by
     * ServiceAccessMatrixIT and LoginSecurityIT), so they browse as the visitor.
     */
    private void signInAs(UserKind kind) {
        signOut();
        switch (kind) {
            case ANONYMOUS, UNVERIFIED -> {}
            case SUSPENDED -> {
                signIn(testUsers.active("Access moderator", Role.MODERATOR));
                moderation.suspend(
                        testUsers.active("Access suspended", Role.EXPERT).getId(), Duration.ofDays(1), "test");
                signOut();
            }
            case EXPERT -> signIn(testUsers.active("Access expert", Role.EXPERT));
            case REP_UNVERIFIED_INSTITUTION -> signIn(missionFixtures.representative("Access pending rep", false));
            case REP -> signIn(missionFixtures.representative("Access rep", true));
            case MODERATOR -> signIn(testUsers.active("Access moderator", Role.MODERATOR));
            case ADMIN -> signIn(testUsers.active("Access admin", Role.ADMIN));
        }
    }
}
