package org.passerelle.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.missions.MissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journeys with the keyboard only — Tab to move, typing, Enter or Space to act; no pointer: registering,
 * searching the directory and opening a profile, signing in and applying to a mission. Each control is reached by
 * Tab from the one before, within a bounded number of presses, so the focus order is tested too.
 */
class KeyboardJourneyIT extends BrowserJourney {

    /** More presses than this to reach a control means it is not reachable in a sensible order. */
    private static final int MAX_TABS = 80;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    ExpertProfileService profiles;

    @Test
    void registeringWithTheKeyboardOnly() {
        var email = TestUsers.uniqueEmail("keyboard");
        browser.get(url("register"));
        byId("register-submit");
        tabTo("register-name");
        keys("Keyboard Kadiatou");
        tabTo("register-email");
        keys(email);
        tabTo("register-password");
        keys("harmattan wind over the dunes");
        tabTo("register-password-confirmation");
        keys("harmattan wind over the dunes");
        tabTo("register-submit");
        keys(Keys.ENTER);
        wait.until(driver -> textOf("register-done").contains(email));
    }

    @Test
    void searchingTheDirectoryAndOpeningAProfileWithTheKeyboardOnly() {
        var expert = testUsers.active("Keyboard Ophthalmologist", Role.EXPERT);
        testUsers.signIn(expert);
        var profileId = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName("Keyboard Ophthalmologist");
        form.setHeadline("Cataract surgery trainer keyboardsearch");
        form.getVisibility().put(ProfileSection.IDENTITY, Visibility.PUBLIC);
        profiles.update(profileId, form);
        testUsers.signOut();

        browser.get(url("directory"));
        byId("search-text");
        tabTo("search-text");
        keys("keyboardsearch");
        wait.until(driver -> textOf("search-results").contains("Keyboard Ophthalmologist"));
        // the results are a grid: Tab reaches it, Enter goes into the row's content (its link), Enter follows it
        tabTo("search-results");
        keys(Keys.ENTER);
        tabToLink("experts/" + profileId);
        keys(Keys.ENTER);
        wait.until(driver -> browser.getCurrentUrl().endsWith("experts/" + profileId));
        wait.until(driver -> String.valueOf(browser.executeScript("return document.body.innerText"))
                .contains("Cataract surgery trainer"));
    }

    @Test
    void signingInAndApplyingToAMissionWithTheKeyboardOnly() {
        var rep = missionFixtures.representative("Keyboard rep", true);
        var mission = missionFixtures.published(rep, MissionFixtures.form("Keyboard mission"));
        var expert = testUsers.active("Keyboard applicant", Role.EXPERT);
        testUsers.signIn(expert);
        var form = profiles.myProfile();
        form.setDisplayName("Keyboard applicant");
        form.setHeadline("Trainer of trainers");
        profiles.update(profiles.myProfileId(), form);
        testUsers.signOut();

        browser.get(url("login"));
        wait.until(driver -> browser.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                        .size()
                == 1);
        tabToSelector("input[name='username']");
        keys(expert.getEmail());
        tabToSelector("input[name='password']");
        keys(TestUsers.PASSWORD);
        keys(Keys.ENTER);
        byId("user-menu");

        browser.get(url("mission/" + mission.id()));
        byId("application-motivation");
        tabTo("application-motivation");
        keys("I have run this training in three regions.");
        tabTo("application-send");
        keys(Keys.SPACE);
        wait.until(driver -> textOf("application-status").equals("Applied"));
    }

    /** Presses Tab until the focus is in the element with this id. */
    private void tabTo(String id) {
        tabUntil(
                "const e = document.getElementById(arguments[0]); return !!e && (e === document.activeElement"
                        + " || e.contains(document.activeElement) || (document.activeElement.shadowRoot"
                        + " && document.activeElement === e));",
                id);
    }

    private void tabToSelector(String selector) {
        tabUntil("return !!document.activeElement && document.activeElement.matches(arguments[0]);", selector);
    }

    private void tabToLink(String href) {
        tabUntil(
                "return !!document.activeElement && document.activeElement.tagName === 'A'"
                        + " && (document.activeElement.getAttribute('href') || '').endsWith(arguments[0]);",
                href);
    }

    private void tabUntil(String focused, String argument) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.executeScript(focused, argument))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("not reached with " + MAX_TABS + " presses of Tab: " + argument + " (focus on "
                + browser.executeScript(
                        "const a = document.activeElement; return a ? a.outerHTML.slice(0, 200) : 'nothing'")
                + ")");
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
