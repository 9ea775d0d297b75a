package org.passerelle.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in headless Chromium against the app on a random port, with the helpers journeys share. */
@BrowserTest
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;
    /** Where the browser saves downloads. */
    Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory(Path.of("target"), "downloads");
        browser = Chromium.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                var violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(message -> message.contains("Content Security Policy"))
                        .toList();
                Assertions.assertThat(violations)
                        .as("the page ran into its Content-Security-Policy")
                        .isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The visible element with this id, scrolled to the middle of the window. */
    WebElement byId(String id) {
        var element = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** The text of an element, read from the DOM (WebDriver's getText only reports what it deems visible). */
    String textOf(String id) {
        return String.valueOf(browser.executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : ''", id));
    }

    void logIn(String email, String password) {
        browser.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
    }
}
