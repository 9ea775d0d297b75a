package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.ui.LoginView;
import org.passerelle.shared.ui.AccessDeniedView;

/**
 * Every registered route, opened by a visitor and by a user of each role, is allowed or denied as this table says. A
 * new route without a line here fails the test.
 */
class RouteAccessTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.passerelle.communities.CommunityFixtures communityFixtures;

    /** Who may open a route: the visitor, or signed-in users with one of these roles. */
    enum Who {
        VISITOR,
        EXPERT,
        INSTITUTION_REP,
        MODERATOR,
        ADMIN
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.VISITOR));
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);

    private static final Map<String, Set<Who>> EXPECTED = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("login", EVERYONE),
            Map.entry("directory", EVERYONE),
            Map.entry("register", EVERYONE),
            Map.entry("forgot-password", EVERYONE),
            Map.entry("resend-verification", EVERYONE),
            Map.entry("reset-password", EVERYONE),
            Map.entry("verify-email", EVERYONE),
            Map.entry("confirm-email", EVERYONE),
            Map.entry("account", SIGNED_IN),
            Map.entry("profile", EnumSet.of(Who.EXPERT)),
            Map.entry("experts/:___url_parameter", EVERYONE),
            Map.entry("admin/users", ADMINS),
            Map.entry("admin/sectors", ADMINS),
            Map.entry("admin/institutions", ADMINS),
            Map.entry("institution", EnumSet.of(Who.INSTITUTION_REP)),
            Map.entry("admin/qualifications", EnumSet.of(Who.MODERATOR, Who.ADMIN)),
            Map.entry("admin/outbox", ADMINS),
            Map.entry("missions", EVERYONE),
            Map.entry("mission/:___url_parameter", EVERYONE),
            Map.entry("mission-edit/:___url_parameter?", EnumSet.of(Who.INSTITUTION_REP)),
            Map.entry("candidates/:___url_parameter", EnumSet.of(Who.INSTITUTION_REP)),
            Map.entry("institution/missions", EnumSet.of(Who.INSTITUTION_REP)),
            Map.entry("admin/missions", ADMINS),
            Map.entry("applications", EnumSet.of(Who.EXPERT)),
            Map.entry("missions/for-you", EnumSet.of(Who.EXPERT)),
            Map.entry("communities", SIGNED_IN),
            Map.entry("community/:___url_parameter", SIGNED_IN),
            Map.entry("topic/:___url_parameter", SIGNED_IN),
            Map.entry("moderation/review", EnumSet.of(Who.MODERATOR, Who.ADMIN)),
            Map.entry("moderation/log", EnumSet.of(Who.MODERATOR, Who.ADMIN)),
            Map.entry("admin/search-index", EnumSet.of(Who.ADMIN)),
            Map.entry("admin/moderation", ADMINS),
            Map.entry("notifications", SIGNED_IN),
            Map.entry("staff-messages/:___url_parameter?", SIGNED_IN),
            Map.entry("atlas", EVERYONE),
            Map.entry("atlas/country/:___url_parameter", EVERYONE),
            Map.entry("impact", EVERYONE),
            Map.entry("knowledge", EVERYONE),
            Map.entry("unsubscribe", EVERYONE),
            Map.entry("forum/search", SIGNED_IN),
            Map.entry("admin/communities", ADMINS));

    private Long publicProfile;

    /** The table's name for a route: its template without parameter patterns. */
    static String key(RouteData route) {
        return route.getTemplate().replaceAll("\\(.*\\)$", "");
    }

    private Long publicMission;

    /** A concrete address for a route: a public profile, a published mission for the pages that show one. */
    private String path(RouteData route) {
        var key = key(route);
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

    @org.springframework.beans.factory.annotation.Autowired
    org.passerelle.missions.MissionFixtures missionFixtures;

    @org.springframework.beans.factory.annotation.Autowired
    org.passerelle.communities.CommunityService communities;

    @org.springframework.beans.factory.annotation.Autowired
    org.passerelle.communities.ForumService forum;

    private static Long forumCommunity;
    private static Long forumTopic;

    @org.springframework.beans.factory.annotation.Autowired
    org.passerelle.directory.ExpertProfileService profiles;

    @org.junit.jupiter.api.BeforeEach
    void createAPublicProfile() {
        testUsers.signIn(testUsers.active("Public expert", Role.EXPERT));
        publicProfile = profiles.myProfileId();
        var form = profiles.myProfile();
        form.getVisibility()
                .put(org.passerelle.directory.ProfileSection.IDENTITY, org.passerelle.directory.Visibility.PUBLIC);
        profiles.update(publicProfile, form);
        if (forumCommunity == null) {
            forumCommunity = communityFixtures.community("Governance");
            testUsers.signIn(testUsers.active("Route member", Role.EXPERT));
            communities.join(forumCommunity);
            var topic = new org.passerelle.communities.TopicForm();
            topic.setTitle("Route topic");
            topic.setBody("Hello");
            forumTopic = forum.createTopic(forumCommunity, topic);
        }
        var rep = missionFixtures.representative("Route rep", true);
        publicMission = missionFixtures
                .published(rep, org.passerelle.missions.MissionFixtures.form("Route mission"))
                .id();
        testUsers.signOut();
    }

    @Test
    void everyRouteIsInTheTable() {
        var registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteAccessTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyRouteIsAllowedOrDeniedAsTheTableSays() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        for (var who : Who.values()) {
            if (who != Who.VISITOR) {
                signIn(testUsers.active("Access " + who, Role.valueOf(who.name())));
            }
            for (var route : routes) {
                navigate(path(route));
                var shown = currentView();
                var allowed = EXPECTED.get(key(route)).contains(who);
                var expected = allowed
                        ? route.getNavigationTarget()
                        : who == Who.VISITOR ? LoginView.class : AccessDeniedView.class;
                assertThat(shown).as("%s opening /%s", who, route.getTemplate()).isEqualTo(expected);
            }
        }
    }
}
