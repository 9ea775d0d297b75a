package org.passerelle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vaadin's own state-changing requests are bound to the session and to its security key: a page's round trip (UIDL)
 * with a wrong key changes nothing, and an upload sent to a real upload address without the session that rendered it
 * stores nothing. (Downloads: MissionJourneyIT fetches the certificate without the session.)
 */
class VaadinRequestsIT extends BrowserJourney {

    @Autowired
    TestUsers testUsers;

    @Autowired
    ExpertProfileService profiles;

    @Test
    void aRoundTripWithAWrongSecurityKeyIsRefused() throws Exception {
        var expert = testUsers.active("Key holder", Role.EXPERT);
        logIn(expert.getEmail(), TestUsers.PASSWORD);
        byId("user-menu");
        var answer = String.valueOf(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch('?v-r=uidl&v-uiId=0', {method: 'POST', credentials: 'same-origin',"
                + "   headers: {'Content-Type': 'application/json; charset=UTF-8'},"
                + "   body: JSON.stringify({csrfToken: '00000000-0000-0000-0000-000000000000', rpc: [],"
                + "     syncId: 1, clientId: 1})})"
                + " .then(r => r.text().then(t => done(r.status + ' ' + t)))"
                + " .catch(e => done('error ' + e));"));
        System.out.println("UIDL with a wrong key: " + answer.substring(0, Math.min(200, answer.length())));
        // Vaadin answers a wrong key without running anything: a refusal or a "session expired" instruction
        assertThat(answer)
                .satisfiesAnyOf(
                        a -> assertThat(a).startsWith("403"),
                        a -> assertThat(a).contains("sessionExpired"),
                        a -> assertThat(a).containsIgnoringCase("invalid security key"));
        // the page still works for its owner
        browser.get(url("account"));
        byId("user-menu");
    }

    @Test
    void anUploadWithoutTheSessionThatRenderedItStoresNothing() throws Exception {
        var expert = testUsers.active("Upload owner", Role.EXPERT);
        testUsers.signIn(expert);
        var profileId = profiles.myProfileId();
        testUsers.signOut();
        logIn(expert.getEmail(), TestUsers.PASSWORD);
        byId("user-menu");
        browser.get(url("profile"));
        var upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-photo-upload")));
        var target = String.valueOf(browser.executeScript("return arguments[0].target", upload));
        assertThat(target).isNotBlank();
        var address = URI.create(url("")).resolve(target);
        var boundary = "----passerelle";
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nnot a picture\r\n--" + boundary + "--\r\n";
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(
                    HttpRequest.newBuilder(address)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("upload without the session: " + response.statusCode());
            assertThat(response.statusCode())
                    .as("upload without the session: %s", response.body())
                    .isNotEqualTo(200);
        }
        testUsers.signIn(expert);
        assertThat(profiles.photo(profileId)).as("nothing stored").isEmpty();
        testUsers.signOut();
    }
}
