package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.moderation.RelaxedForum;
import org.passerelle.security.HostileInputs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stored payloads in a real browser: the script and HTML payloads of the corpus, stored as forum posts and as an
 * expert's biography, then shown in Chromium with alert, confirm, prompt and print replaced by counters before any
 * page script runs. Nothing may call them, no dialog may open, and no shown element may carry an event handler or a
 * script.
 */
@ExtendWith(RelaxedForum.class)
class StoredPayloadsJourneyIT extends BrowserJourney {

    private static final String TRAPS = "window.__xss = 0;"
            + " for (const name of ['alert', 'confirm', 'prompt', 'print']) {"
            + "   window[name] = function () { window.__xss++; }; }";

    private static final String HANDLERS_AND_SCRIPTS = "let found = [];"
            + " for (const root of document.querySelectorAll(arguments[0])) {"
            + "   for (const e of root.querySelectorAll('*')) {"
            + "     if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'FORM', 'BASE'].includes(e.tagName.toUpperCase()))"
            + "       found.push(e.tagName);"
            + "     for (const a of e.attributes) if (a.name.toLowerCase().startsWith('on')) found.push(a.name); } }"
            + " return found.join(',');";

    @Autowired
    TestUsers testUsers;

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    ExpertProfileService profiles;

    @Test
    void storedPayloadsExecuteNothingWhenShown() throws Exception {
        var payloads = HostileInputs.all().stream()
                .filter(p -> p.contains("<") || p.contains("javascript:") || p.contains("]("))
                .filter(p -> p.length() < 2_000)
                .toList();
        assertThat(payloads).hasSizeGreaterThan(100);
        System.out.printf("stored payloads: %d shown in Chromium%n", payloads.size());

        var author = testUsers.active("Payload author", Role.EXPERT);
        var community = communityFixtures.community("Payload community");
        testUsers.signIn(author);
        communities.join(community);
        var topic = new TopicForm();
        topic.setTitle("Payloads " + payloads.getFirst());
        topic.setBody(String.join("\n\n", payloads.subList(0, 10)));
        var topicId = forum.createTopic(community, topic);
        var chunks = new ArrayList<List<String>>();
        for (int i = 10; i < payloads.size(); i += 10) {
            chunks.add(payloads.subList(i, Math.min(i + 10, payloads.size())));
        }
        for (var chunk : chunks.subList(0, Math.min(chunks.size(), ForumService.CHUNK - 1))) {
            forum.reply(topicId, new PostForm(String.join("\n\n", chunk), null));
        }
        var profileId = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setBio(String.join("\n\n", payloads.subList(0, 12)));
        form.setHeadline(payloads.get(1));
        form.getVisibility().put(ProfileSection.IDENTITY, Visibility.PUBLIC);
        form.getVisibility().put(ProfileSection.BIO, Visibility.PUBLIC);
        profiles.update(profileId, form);
        testUsers.signOut();

        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAPS));
        logIn(author.getEmail(), TestUsers.PASSWORD);
        byId("user-menu");
        browser.get(url("topic/" + topicId));
        wait.until(driver -> textOf("post-body-1").length() > 0);
        var shownPosts = Math.min(chunks.size(), ForumService.CHUNK - 1) + 1;
        wait.until(driver -> textOf("post-body-" + shownPosts).length() > 0);
        assertThat(browser.executeScript("return window.__xss"))
                .as("traps called on the topic")
                .isEqualTo(0L);
        assertThat(browser.executeScript(HANDLERS_AND_SCRIPTS, "[id^='post-body-']"))
                .isEqualTo("");

        browser.get(url("experts/" + profileId));
        wait.until(driver -> String.valueOf(browser.executeScript("return document.body.innerText"))
                .contains("Payload author"));
        assertThat(browser.executeScript("return window.__xss"))
                .as("traps called on the profile")
                .isEqualTo(0L);
        assertThat(browser.executeScript(HANDLERS_AND_SCRIPTS, "main, vaadin-app-layout"))
                .isEqualTo("");
        Chromium.screenshot(browser, "stored-payloads-profile");
    }
}
