package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.GreenMailSupport;
import org.passerelle.TestUsers;

/**
 * The first journey, in a real browser: register, open the verification link from the mail, log in, switch to
 * French, log out.
 */
class RegistrationJourneyIT extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    void type(String id, String text) {
        var field = byId(id).findElement(By.cssSelector("input"));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void registerVerifyLogInSwitchToFrenchAndLogOut() throws Exception {
        var email = TestUsers.uniqueEmail("journey");
        var password = "sahel sunrise over the river";

        browser.get(url("register"));
        type("register-name", "Mariama Journey");
        type("register-email", email);
        type("register-password", password);
        type("register-password-confirmation", password);
        byId("register-submit").click();
        assertThat(byId("register-done").getText()).contains(email);

        var link = URI.create(GreenMailSupport.link(GreenMailSupport.awaitMailTo(greenMail, email)));
        browser.get(url(link.getPath().substring(1) + "?" + link.getQuery()));
        assertThat(byId("verify-outcome").getText()).isEqualTo("Thank you. You can now log in.");

        var login = url("login");
        browser.get(login);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        var sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();

        assertThat(byId("user-menu").getText()).contains("Mariama Journey");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id after login")
                .isNotEqualTo(sessionBefore);

        byId("language-select").click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[normalize-space()='Français']")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("logout-button"), "Se déconnecter"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .startsWith("Passerelle — mettre l’expertise de la diaspora");
        Chromium.screenshot(browser, "registration-journey-fr");

        byId("logout-button").click();
        assertThat(byId("nav-login").getText()).isEqualTo("Se connecter");
        browser.get(url("account"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}
