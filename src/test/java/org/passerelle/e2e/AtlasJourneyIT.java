package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.impact.ImpactDataset;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, with no internet: a visitor opens the (server-rendered) atlas, clicks Mali on the map, reads its
 * page, goes back up to its region by the breadcrumb and downloads the region's figures as CSV; a member then exports
 * the same region as a PDF report from the app's atlas.
 */
class AtlasJourneyIT extends BrowserJourney {

    @Autowired
    ImpactDataset data;

    @Autowired
    TestUsers users;

    @Test
    void aVisitorClicksACountryOnTheMapAndExportsItsRegionAsCsv() throws Exception {
        var sector = ImpactDataset.freshSector();
        var institution = data.institution("Ministère de la Santé du Mali " + sector, "ML");
        data.mission(institution, "Laboratoire de Bamako", "ML", sector, "PUBLISHED", ImpactDataset.day("2026-05-04"));

        browser.get(url("atlas?measure=MISSIONS"));
        var mali = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#world-map svg path[data-code='ML']")));
        Chromium.screenshot(browser, "atlas-world");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", mali);
        // a point inside Mali (in the map's own coordinates), where the pointer really lands
        @SuppressWarnings("unchecked")
        var point = (List<Number>) browser.executeScript(
                "const path = arguments[0]; const svg = path.ownerSVGElement;"
                        + " const p = new DOMPoint(470, 412).matrixTransform(path.getScreenCTM());"
                        + " return [Math.round(p.x), Math.round(p.y)];",
                mali);
        assertThat(browser.executeScript(
                        "return document.elementFromPoint(arguments[0], arguments[1]).getAttribute('data-code')",
                        point.get(0),
                        point.get(1)))
                .isEqualTo("ML");
        new Actions(browser)
                .moveToLocation(point.get(0).intValue(), point.get(1).intValue())
                .click()
                .perform();

        wait.until(ExpectedConditions.urlContains("atlas/country/ML"));
        Chromium.screenshot(browser, "atlas-after-click");
        // read from the DOM: WebDriver's visible text depends on where the window is scrolled
        wait.until(driver -> "Mali"
                .equals(browser.executeScript(
                        "const h = document.querySelector('#country-page h1'); return h ? h.textContent : null")));
        assertThat(browser.executeScript("return !!window.Vaadin"))
                .as("a visitor reads the server-rendered atlas, no app script")
                .isEqualTo(false);
        assertThat(textOf("country-missions")).contains("Laboratoire de Bamako");
        assertThat(textOf("country-institutions")).contains("Ministère de la Santé du Mali");
        Chromium.screenshot(browser, "atlas-country");

        var region = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#country-breadcrumb a[href*='region=011']")));
        assertThat(region.getAttribute("textContent")).isEqualTo("Western Africa");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", region);
        region.click();
        wait.until(ExpectedConditions.urlContains("region=011"));
        byId("atlas-csv").click();
        var file = downloads.resolve("passerelle-atlas.csv");
        wait.until(driver -> Files.exists(file) && !Files.exists(downloads.resolve("passerelle-atlas.csv.crdownload")));
        var csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv.lines()).first().asString().endsWith("Code,Area,Missions by country");
        assertThat(csv).containsPattern("ML,Mali,\\d+");

        // a member gets the app's atlas at the same address; its PDF report is built in the background, then downloaded
        var member = users.active("Atlas reader", Role.EXPERT);
        logIn(member.getEmail(), TestUsers.PASSWORD);
        byId("user-menu");
        browser.get(url("atlas?measure=MISSIONS&continent=002&region=011"));
        byId("atlas-pdf").click();
        var pdf = downloads.resolve("passerelle-atlas.pdf");
        wait.until(driver -> Files.exists(pdf) && !Files.exists(downloads.resolve("passerelle-atlas.pdf.crdownload")));
        var reader = new PdfReader(Files.readAllBytes(pdf));
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Atlas of the network", "Western Africa");
        assertThat(textOf("atlas-pdf-download")).startsWith("Download the PDF");
    }
}
