package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.GreenMailSupport;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.missions.MissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, a mission from draft to certificate: a representative drafts and submits it; an administrator
 * publishes it; the representative sees ranked, explained candidates and invites one; the expert accepts; the
 * representative selects, starts and completes the mission; the expert downloads the certificate.
 */
class MissionJourneyIT extends BrowserJourney {

    /** The journey's mails (publication, invitation, selection) go somewhere rather than failing and retrying. */
    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    TestUsers testUsers;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    void logIn(String email) {
        logIn(email, TestUsers.PASSWORD);
        byId("user-menu");
    }

    void logOut() {
        byId("logout-button").click();
        byId("nav-login");
    }

    /** Types into a field and leaves it (Vaadin sends the value to the server on change). */
    void typeInto(String id, String text) {
        byId(id).findElement(By.cssSelector("input, textarea")).sendKeys(text, Keys.TAB);
    }

    void pickItem(String id, String typed, String itemTag, String label) {
        var input = byId(id).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//" + itemTag + "[starts-with(normalize-space(), '" + label + "')]")))
                .click();
        input.sendKeys(Keys.ESCAPE);
    }

    void setDate(String id, String isoDate) {
        browser.executeScript(
                "const p = document.getElementById(arguments[0]); p.value = arguments[1];"
                        + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                id,
                isoDate);
    }

    void click(String id) {
        browser.executeScript("arguments[0].click()", byId(id));
    }

    void clickButton(String text) {
        var button = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space()='" + text + "']")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
    }

    void awaitStatus(String status) {
        wait.until(driver -> textOf("mission-status").equals(status));
    }

    @Test
    void aMissionGoesFromDraftToCertificate() throws Exception {
        var skill = "ultrasonography" + System.nanoTime() % 10000;
        var expert = testUsers.active("Mariam Journey", Role.EXPERT);
        testUsers.signIn(expert);
        var profileId = profiles.myProfileId();
        var profile = profiles.myProfile();
        profile.setDisplayName("Mariam Journey");
        profile.setHeadline("Radiologist, " + skill);
        profile.setSkills(new LinkedHashSet<>(List.of(skill)));
        profile.setSectors(new LinkedHashSet<>(List.of("health")));
        profiles.update(profileId, profile);
        var rep = fixtures.representative("Journey rep", true);
        var admin = testUsers.active("Journey admin", Role.ADMIN);
        testUsers.signOut();

        logIn(rep.getEmail());
        browser.get(url("mission-edit"));
        typeInto("mission-title", "Ultrasound training " + skill);
        typeInto("mission-summary", "Train midwives to use portable ultrasound devices");
        pickItem("mission-sectors", "Heal", "vaadin-multi-select-combo-box-item", "Health");
        pickItem("mission-country", "Mali", "vaadin-combo-box-item", "Mali");
        setDate("mission-start", "2027-04-01");
        setDate("mission-end", "2027-05-31");
        byId("mission-skills").findElement(By.cssSelector("input")).sendKeys(skill, Keys.ENTER);
        click("mission-submit");
        awaitStatus("Submitted for review");
        var missionUrl = browser.getCurrentUrl();
        var missionPath = missionUrl.substring(missionUrl.indexOf("mission/"));
        Chromium.screenshot(browser, "mission-submitted");
        logOut();

        logIn(admin.getEmail());
        browser.get(url(missionPath));
        click("mission-publish");
        awaitStatus("Published");
        logOut();

        logIn(rep.getEmail());
        browser.get(url(missionPath));
        click("mission-candidates");
        var candidate = byId("candidate-" + profileId);
        wait.until(driver -> candidate.getText().contains("Matched"));
        assertThat(textOf("candidate-" + profileId)).contains("Mariam Journey", "Skills", skill);
        Chromium.screenshot(browser, "mission-candidates");
        click("invite-" + profileId);
        typeInto("invite-message", "Your profile fits our needs.");
        click("invite-send");
        wait.until(driver -> textOf("candidate-" + profileId).contains("Invited"));
        logOut();

        logIn(expert.getEmail());
        browser.get(url(missionPath));
        wait.until(driver -> textOf("application-status").equals("Invited"));
        typeInto("application-motivation", "I trained midwives in ultrasound for five years.");
        click("application-send");
        wait.until(driver -> textOf("application-status").equals("Applied"));
        logOut();

        logIn(rep.getEmail());
        browser.get(url(missionPath));
        clickButton("Select");
        awaitStatus("Staffed");
        click("mission-start");
        awaitStatus("In progress");
        click("mission-complete");
        awaitStatus("Completed");
        logOut();

        logIn(expert.getEmail());
        browser.get(url(missionPath));
        var link = byId("certificate-download");
        var href = link.getAttribute("href");
        Chromium.screenshot(browser, "mission-completed");
        var header = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
                        + " .then(b => done(new TextDecoder('latin1').decode(new Uint8Array(b).slice(0, 5))))"
                        + " .catch(e => done('error ' + e));",
                href);
        assertThat(header).isEqualTo("%PDF-");
        // the download address is bound to the expert's session: without it, no certificate
        try (var client = HttpClient.newHttpClient()) {
            var stolen = client.send(
                    HttpRequest.newBuilder(URI.create(url("")).resolve(href)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(stolen.body(), 0, Math.min(5, stolen.body().length), StandardCharsets.ISO_8859_1))
                    .as("the certificate fetched without the session (status %d)", stolen.statusCode())
                    .isNotEqualTo("%PDF-");
        }
    }
}
