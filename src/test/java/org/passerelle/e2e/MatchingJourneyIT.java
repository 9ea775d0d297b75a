package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.passerelle.GreenMailSupport;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.missions.MissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, the candidates of a mission written in French: an expert who wrote her profile in English is a
 * strong match, and the explanation names the shared concept from her own words; an epidemiologist who is away
 * during the mission is shown, flagged, and invited all the same. Screenshots at 1366 and 390 pixels.
 */
class MatchingJourneyIT extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    TestUsers testUsers;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    long expert(String name, String headline, LocalDate from, LocalDate to) {
        testUsers.signIn(testUsers.active(name, Role.EXPERT));
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(name);
        form.setHeadline(headline);
        form.setSectors(new LinkedHashSet<>(List.of("health")));
        form.setSkills(new LinkedHashSet<>(List.of("outbreak investigation", "IDSR")));
        form.setLanguages(new ArrayList<>(List.of(
                new LanguageSkill("en", ProficiencyLevel.NATIVE), new LanguageSkill("fr", ProficiencyLevel.C1))));
        form.setAvailability(new ArrayList<>(List.of(new AvailabilityWindow(from, to, true, true))));
        profiles.update(id, form);
        return id;
    }

    @Test
    void aFrenchMissionShowsAnEnglishOnlyExpertAsAStrongMatchAndAnAwayOneFlaggedAndInvitable() throws Exception {
        var tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "j");
        var english = expert(
                "Grace Journey " + tag,
                "Field epidemiologist (CDC EIS alumna)",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        var away = expert("Away Journey " + tag, "Epidemiologist", LocalDate.of(2028, 2, 1), LocalDate.of(2028, 5, 31));
        var rep = fixtures.representative("Matching journey rep " + tag, true);
        var form = MissionFixtures.form("Renforcement de la surveillance épidémiologique " + tag);
        form.setSummary("Renforcer la surveillance du choléra et de la rougeole dans la région de Mopti.");
        form.setSkills(new LinkedHashSet<>(List.of("épidémiologie", "santé publique")));
        var mission = fixtures.published(rep, form);
        testUsers.signOut();

        logIn(rep.getEmail(), TestUsers.PASSWORD);
        byId("user-menu");
        browser.get(url("candidates/" + mission.id()));
        var card = byId("candidate-" + english);
        wait.until(driver -> card.getText().contains("Matched"));
        // the headings may be scrolled out of sight (other tests' experts are listed too): read them, don't wait for
        // them
        var strong = browser.findElement(By.id("tier-strong"));
        assertThat(strong.getDomProperty("textContent")).startsWith("Strong matches");
        // the strong tier lists her before any partial match
        var strongY = strong.getLocation().getY();
        assertThat(card.getLocation().getY()).isGreaterThan(strongY);
        browser.findElements(By.id("tier-partial"))
                .forEach(partial -> assertThat(card.getLocation().getY())
                        .isLessThan(partial.getLocation().getY()));
        assertThat(card.getText())
                .contains("Grace Journey", "epidemiology", "“Field epidemiologist”", "(written in English)");
        assertThat(textOf("candidate-" + away)).contains("Not available during the mission", "Feb 1, 2028");
        Chromium.screenshot(browser, "candidates-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        Chromium.screenshot(browser, "candidates-390");
        browser.manage().window().setSize(new Dimension(1366, 900));

        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                browser.findElement(By.id("invite-" + away)));
        byId("invite-message").findElement(By.cssSelector("textarea")).sendKeys("Could you come earlier?", Keys.TAB);
        browser.executeScript("arguments[0].click()", byId("invite-send"));
        wait.until(driver -> textOf("candidate-" + away).contains("Invited"));
    }
}
