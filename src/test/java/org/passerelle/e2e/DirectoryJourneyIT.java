package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.internal.PhotoProcessorTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: an expert fills in the profile, uploads a photo and sets an availability period; a member then
 * finds them in the directory with two facets and opens the profile.
 */
class DirectoryJourneyIT extends BrowserJourney {

    @Autowired
    TestUsers testUsers;

    void logIn(String email) {
        logIn(email, TestUsers.PASSWORD);
        byId("user-menu");
    }

    /** Opens a multi-select combo box, filters it by typing, picks the item with this label prefix. */
    void pick(String id, String typed, String itemPrefix) {
        var input = byId(id).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//vaadin-multi-select-combo-box-item[starts-with(normalize-space(), '" + itemPrefix + "')]")))
                .click();
        input.sendKeys(Keys.ESCAPE);
    }

    @Test
    void anExpertFillsTheProfileAndAMemberFindsThemWithTwoFacets() throws Exception {
        var name = "Ousmane Journey" + System.nanoTime() % 10000;
        var expert = testUsers.active(name, Role.EXPERT);
        var member = testUsers.active("Ministry reader", Role.INSTITUTION_REP);

        logIn(expert.getEmail());
        browser.get(url("profile"));
        var headline = byId("profile-headline").findElement(By.cssSelector("input"));
        headline.sendKeys("Chirurgien orthopédiste, formateur");
        pick("profile-sectors", "Heal", "Health");
        pick("profile-heritage", "Mali", "Mali");

        var photo = Files.createTempFile(Path.of("target"), "photo", ".png");
        Files.write(photo, PhotoProcessorTest.image("png", 640, 480, BufferedImage.TYPE_INT_RGB));
        var upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-photo-upload")));
        var fileInput = upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        fileInput.sendKeys(photo.toAbsolutePath().toString());
        wait.until(driver -> String.valueOf(
                        browser.executeScript("return document.getElementById('profile-photo-message').textContent"))
                .contains("saved"));

        byId("profile-availability-add").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".list-field-row")));
        byId("profile-save").click();
        wait.until(driver -> textOf("profile-completeness-text").matches("Your profile is [1-9][0-9]*% complete."));
        Chromium.screenshot(browser, "directory-profile-editor");

        byId("logout-button").click();
        byId("nav-login");
        logIn(member.getEmail());
        // the name in the search box: other tests' Malian health experts would push a name-sorted card off the page
        browser.get(url("directory?q=" + name.replace(" ", "%20") + "&sector=health&heritage=ML"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space()='" + name + "']")));
        byId("filter-remote").click();
        wait.until(driver -> browser.getCurrentUrl().contains("remote=true"));
        var card = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space()='" + name + "']")));
        assertThat(browser.getCurrentUrl()).contains("sector=health").contains("heritage=ML");
        Chromium.screenshot(browser, "directory-search");

        browser.executeScript("arguments[0].click()", card);
        byId("expert-headline");
        assertThat(textOf("expert-headline")).isEqualTo("Chirurgien orthopédiste, formateur");
        var image = byId("expert-photo");
        wait.until(
                driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() > 0);
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue())
                .isEqualTo(512);
        Chromium.screenshot(browser, "directory-profile-page");
    }
}
