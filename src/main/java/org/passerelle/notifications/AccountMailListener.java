package org.passerelle.notifications;

import org.passerelle.accounts.AccountMail;
import org.passerelle.notifications.internal.MailComposer;
import org.passerelle.notifications.internal.MailOutbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns account events into mails. Runs after the account transaction commits, asynchronously; the event
 * publication registry keeps the event until the mail is safely in the outbox.
 */
@Component
class AccountMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;

    AccountMailListener(MailComposer composer, MailOutbox outbox) {
        this.composer = composer;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(AccountMail event) {
        outbox.enqueue(composer.compose(event));
    }
}
