package org.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.GreenMailSupport;
import org.passerelle.MailIntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Role;
import org.passerelle.notifications.internal.MailOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A mail server that is down loses nothing: the mail waits in the outbox and goes out when it is back. */
@MailIntegrationTest
class MailDeliveryIT {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    AccountService accounts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MutableClock clock;

    @Test
    void mailWaitsWhileTheServerIsDownAndIsSentWhenItIsBack() {
        greenMail.stop();
        try {
            var user = testUsers.active("Patient", Role.EXPERT);
            accounts.requestPasswordReset(user.getEmail());

            Awaitility.await()
                    .pollInSameThread()
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> mailTo(user.getEmail()) != null
                            && mailTo(user.getEmail()).attempts() >= 1);
            var waiting = mailTo(user.getEmail());
            assertThat(waiting.status()).isEqualTo("PENDING");
            assertThat(waiting.lastError()).isNotBlank();

            greenMail.start();
            outbox.sendDue();
            assertThat(mailTo(user.getEmail()).status())
                    .as("not due yet: backoff")
                    .isEqualTo("PENDING");
            clock.advance(Duration.ofMinutes(2));
            outbox.sendDue();

            assertThat(mailTo(user.getEmail()).status()).isEqualTo("SENT");
            assertThat(mailTo(user.getEmail()).body())
                    .as("sent bodies are erased")
                    .isEmpty();
            assertThat(GreenMailSupport.subject(GreenMailSupport.awaitMailTo(greenMail, user.getEmail())))
                    .isEqualTo("Reset your Passerelle password");
        } finally {
            if (!greenMail.isRunning()) {
                greenMail.start();
            }
        }
    }

    private OutboxMail mailTo(String recipient) {
        return outbox.latest(PageRequest.of(0, 200)).stream()
                .filter(m -> m.recipient().equals(recipient))
                .findFirst()
                .orElse(null);
    }
}
