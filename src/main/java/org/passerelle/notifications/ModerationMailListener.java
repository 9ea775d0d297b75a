package org.passerelle.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.moderation.MemberModerationService.MemberPenalized;
import org.passerelle.notifications.internal.MailComposer;
import org.passerelle.notifications.internal.MailOutbox;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member, privately by mail and in their notification centre, of a moderator's warning, silence or
 * suspension, with the reason.
 */
@Component
class ModerationMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final org.passerelle.notifications.internal.NotificationRepository notifications;
    private final java.time.Clock clock;

    ModerationMailListener(
            MailComposer composer,
            MailOutbox outbox,
            AccountContacts contacts,
            org.passerelle.notifications.internal.NotificationRepository notifications,
            java.time.Clock clock) {
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MemberPenalized penalty) {
        contacts.of(penalty.userId()).ifPresent(contact -> {
            var until = penalty.until() == null
                    ? ""
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(SupportedLanguages.fromTag(contact.language()))
                            .withZone(ZoneId.systemDefault())
                            .format(penalty.until());
            var intro =
                    composer.fragment(contact, "penalty.mail." + penalty.kind().name(), until);
            outbox.enqueue(composer.compose(contact, "memberPenalized", intro, penalty.reason()));
            // and privately in the notification centre (already mailed)
            var notification = new org.passerelle.notifications.internal.Notification(
                    penalty.userId(), penalty.kind().name(), penalty.reason(), until, "notifications", clock.instant());
            notification.mailed();
            notifications.save(notification);
        });
    }
}
