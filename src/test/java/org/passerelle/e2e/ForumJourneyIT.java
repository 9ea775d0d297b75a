package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.GreenMailSupport;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.TopicForm;
import org.passerelle.communities.WatchLevel;
import org.passerelle.communities.WatchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a new member replies (with a script in the text), the post waits; the moderator approves it from
 * the review queue; a watcher sees the notification and opens the post, which shows the script as text and runs
 * nothing.
 */
class ForumJourneyIT extends BrowserJourney {

    @Autowired
    CommunityFixtures communityFixtures;

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    TestUsers testUsers;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    WatchService watches;

    void logIn(String email) {
        logIn(email, TestUsers.PASSWORD);
        byId("user-menu");
    }

    void logOut() {
        byId("logout-button").click();
        byId("nav-login");
    }

    void click(String id) {
        browser.executeScript("arguments[0].click()", byId(id));
    }

    @Test
    void aNewMembersPostIsApprovedAndAWatcherIsNotifiedAndTheScriptRunsNothing() throws Exception {
        var moderator = testUsers.active("Journey moderator", Role.MODERATOR, Role.EXPERT);
        var id = communityFixtures.community("Culture & heritage", moderator);
        testUsers.signIn(moderator);
        var topic = new TopicForm();
        topic.setTitle("Museum archives digitisation");
        topic.setBody("Who has done this before?");
        var topicId = forum.createTopic(id, topic);
        var watcher = testUsers.active("Journey watcher", Role.EXPERT);
        testUsers.signIn(watcher);
        communities.join(id);
        watches.watchTopic(topicId, WatchLevel.WATCHING);
        var newcomer = testUsers.active("Journey newcomer", Role.EXPERT);
        testUsers.signIn(newcomer);
        communities.join(id);
        testUsers.signOut();

        logIn(newcomer.getEmail());
        browser.get(url("topic/" + topicId));
        byId("reply-body")
                .findElement(By.cssSelector("textarea"))
                .sendKeys("<script>window.__xss = 1</script> We scanned **12,000** pages", Keys.TAB);
        click("reply-send");
        wait.until(driver -> textOf("post-2").contains("Waiting for a moderator"));
        Chromium.screenshot(browser, "forum-pending");
        logOut();

        logIn(moderator.getEmail());
        browser.get(url("moderation/review"));
        var approve = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[normalize-space()='Approve']")));
        Chromium.screenshot(browser, "forum-review-queue");
        browser.executeScript("arguments[0].click()", approve);
        wait.until(driver -> textOf("review-items").contains("Nothing waits for review."));
        logOut();

        logIn(watcher.getEmail());
        wait.until(driver -> textOf("notifications-badge").contains("1"));
        click("notifications-badge");
        var link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(., 'Journey newcomer posted in')]")));
        Chromium.screenshot(browser, "forum-notifications");
        browser.executeScript("arguments[0].click()", link);
        wait.until(driver -> textOf("post-body-2").contains("We scanned"));
        assertThat(textOf("post-body-2"))
                .contains("<script>window.__xss = 1</script>")
                .contains("12,000");
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#post-body-2 script"))).isEmpty();
        Chromium.screenshot(browser, "forum-topic");
    }
}
