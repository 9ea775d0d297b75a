package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.moderation.RelaxedForum;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (the script of the npm package, bundled by Deque's Maven artifact, injected into the page) on every main
 * page, in English and in French, for the visitor and for each kind of signed-in user: no serious or critical
 * violation; and every one of them on a 390 px phone, in both languages, without scrolling sideways or cutting
 * anything off (screenshots in {@code target/screenshots/390/}). Each finding is reported with its page and elements.
 */
@ExtendWith(RelaxedForum.class)
class AccessibilityIT extends BrowserJourney {

    private static final String AXE = axeScript();

    /** Loaded: a server-rendered public page (no script) once complete, an app page once Vaadin is idle. */
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && (!!document.querySelector('header.site-header')"
            + " || (!!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())))";

    private static final String RUN_AXE = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
            + "   .filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + "   .map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + "     nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 300))})))))"
            + " .catch(e => done('axe failed: ' + e));";

    /**
     * What sticks out of a 390 px window: the page scrolling sideways, or visible elements whose right edge is beyond
     * the window (inside a scrolling box too, e.g. the app layout's content). Grids and tables scroll sideways by design
     * and are left out. Empty when nothing does.
     */
    private static final String OVERFLOW = "const w = document.documentElement.clientWidth; const out = [];"
            + " if (document.documentElement.scrollWidth > w + 1) out.push('page ' + document.documentElement.scrollWidth);"
            + " for (const e of document.querySelectorAll('body *')) {"
            + "   if (e.closest('vaadin-grid, .table-wrap, vaadin-dialog-overlay, vaadin-notification-container')) continue;"
            + "   const r = e.getBoundingClientRect(); if (r.width === 0 || r.height === 0 || r.right <= w + 1) continue;"
            + "   const st = getComputedStyle(e); if (st.visibility === 'hidden' || st.display === 'none') continue;"
            + "   out.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined"
            + "     ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')) + ' ' + Math.round(r.right));"
            + "   if (out.length >= 8) break; }"
            + " return out.join(', ');";

    @Autowired
    TestUsers testUsers;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    AccountService accounts;

    @Test
    void everyMainPageInBothLanguagesHasNoSeriousOrCriticalViolation() throws Exception {
        var rep = missionFixtures.representative("Accessible rep", true);
        var mission = missionFixtures.published(rep, MissionFixtures.form("Accessible mission"));
        var expert = testUsers.active("Accessible expert", Role.EXPERT);
        testUsers.signIn(expert);
        var profileId = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Paediatric nurse");
        form.getVisibility().put(ProfileSection.IDENTITY, Visibility.PUBLIC);
        profiles.update(profileId, form);
        var community = communityFixtures.community("Accessible community");
        testUsers.signIn(expert);
        communities.join(community);
        var topic = new TopicForm();
        topic.setTitle("Accessible topic");
        topic.setBody("A first post with **bold** text and a [link](https://example.org).");
        var topicId = forum.createTopic(community, topic);
        testUsers.signOut();

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "visitor",
                List.of(
                        "",
                        "login",
                        "register",
                        "forgot-password",
                        "directory",
                        "missions",
                        "mission/" + mission.id(),
                        "experts/" + profileId,
                        "atlas",
                        "atlas/country/ML",
                        "impact",
                        "knowledge"));
        pages.put(
                "expert",
                List.of(
                        "profile",
                        "applications",
                        "missions/for-you",
                        "communities",
                        "topic/" + topicId,
                        "notifications",
                        "account",
                        "forum/search"));
        pages.put("rep", List.of("institution", "institution/missions", "mission-edit", "candidates/" + mission.id()));
        pages.put("moderator", List.of("moderation/review", "moderation/log"));
        pages.put(
                "admin",
                List.of(
                        "admin/users",
                        "admin/sectors",
                        "admin/institutions",
                        "admin/missions",
                        "admin/moderation",
                        "admin/communities",
                        "admin/search-index",
                        "admin/qualifications",
                        "admin/vocabulary"));

        var findings = new ArrayList<String>();
        var overflowing = new ArrayList<String>();
        int checked = 0;
        for (var language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (var who : pages.keySet()) {
                browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                browser.manage().deleteAllCookies();
                browser.get(url("login"));
                browser.manage().addCookie(new Cookie("passerelle-language", language.getLanguage()));
                switch (who) {
                    case "visitor" -> {}
                    case "expert" -> logInAs(expert, language);
                    case "rep" -> logInAs(rep, language);
                    case "moderator" -> logInAs(testUsers.active("Accessible moderator", Role.MODERATOR), language);
                    default -> logInAs(testUsers.active("Accessible admin", Role.ADMIN), language);
                }
                // every page on a phone (390 px) in both languages; on a desktop in English
                var widths = language == Locale.ENGLISH ? List.of(1280, 390) : List.of(390);
                for (var width : widths) {
                    if (width == 390) {
                        // a phone's viewport (a desktop window cannot be made that narrow)
                        browser.executeCdpCommand(
                                "Emulation.setDeviceMetricsOverride",
                                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
                    } else {
                        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                    }
                    for (var page : pages.get(who)) {
                        browser.get(url(page));
                        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(SETTLED)));
                        assertThat(browser.executeScript("return document.documentElement.lang"))
                                .as("page language of /%s", page)
                                .isEqualTo(language.getLanguage());
                        if (width == 390) {
                            var overflow = String.valueOf(browser.executeScript(OVERFLOW));
                            if (!overflow.isEmpty()) {
                                overflowing.add("/" + page + " (" + language + ", " + who + "): " + overflow);
                            }
                            Chromium.screenshot(
                                    browser,
                                    "390/" + language + "-" + who + "-"
                                            + (page.isEmpty() ? "home" : page.replaceAll("[^A-Za-z0-9-]", "_")));
                        }
                        browser.executeScript(AXE);
                        var violations = String.valueOf(browser.executeAsyncScript(RUN_AXE));
                        checked++;
                        if (!violations.equals("[]")) {
                            findings.add(
                                    "/" + page + " (" + language + ", " + who + ", " + width + " px): " + violations);
                        }
                    }
                }
            }
        }
        System.out.printf(
                "accessibility: %d pages checked, %d with serious or critical violations, %d wider than 390 px%n",
                checked, findings.size(), overflowing.size());
        findings.forEach(System.out::println);
        overflowing.forEach(System.out::println);
        assertThat(findings).isEmpty();
        assertThat(overflowing)
                .as("pages that scroll sideways or cut content off at 390 px")
                .isEmpty();
    }

    private void logInAs(UserAccount user, Locale language) {
        testUsers.signIn(user);
        accounts.changePreferredLanguage(language);
        testUsers.signOut();
        logIn(user.getEmail(), TestUsers.PASSWORD);
        byId("user-menu");
    }

    private static String axeScript() {
        try (var in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
