package org.passerelle.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.GreenMailSupport;
import org.passerelle.MailIntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Representatives learn by mail that their institution was rejected (with the reason), then verified. */
@MailIntegrationTest
class InstitutionMailIT {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    InstitutionService institutions;

    @Autowired
    InstitutionReviewService review;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void theRepresentativeIsToldOfTheDecision() {
        var rep = testUsers.active("Rector's office", Role.INSTITUTION_REP);
        testUsers.signIn(rep);
        var institution = institutions.register(InstitutionIT.form("Université de Ségou " + System.nanoTime()));

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        review.reject(institution.id(), "Please give the official website.");
        var rejected = GreenMailSupport.awaitMailTo(greenMail, rep.getEmail());
        assertThat(GreenMailSupport.subject(rejected)).isEqualTo("Your institution could not be verified");
        assertThat(GreenMailSupport.body(rejected)).contains("Please give the official website.");

        review.verify(institution.id());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> GreenMailSupport.mailsTo(greenMail, rep.getEmail()).size() >= 2);
        assertThat(GreenMailSupport.subject(
                        GreenMailSupport.mailsTo(greenMail, rep.getEmail()).getLast()))
                .isEqualTo("Your institution is verified on Passerelle");
    }
}
