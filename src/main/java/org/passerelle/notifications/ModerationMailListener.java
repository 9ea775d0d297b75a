package org.passerelle.notifications;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.moderation.MemberModerationService.MemberPenalized;
import org.passerelle.moderation.StaffMessageService.StaffMessageSent;
import org.passerelle.notifications.internal.MailComposer;
import org.passerelle.notifications.internal.MailOutbox;
import org.passerelle.notifications.internal.Notification;
import org.passerelle.notifications.internal.NotificationRepository;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member, privately by mail and in their notification centre, of a moderator's warning, silence or
 * suspension, with the reason and a link to answer; and each side of the thread under it of the other's answers.
 */
@Component
class ModerationMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final NotificationRepository notifications;
    private final Clock clock;
    private final PasserelleProperties properties;

    ModerationMailListener(
            MailComposer composer,
            MailOutbox outbox,
            AccountContacts contacts,
            NotificationRepository notifications,
            Clock clock,
            PasserelleProperties properties) {
        this.properties = properties;
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
            outbox.enqueue(composer.compose(
                    contact,
                    "memberPenalized",
                    intro,
                    penalty.reason(),
                    properties.link(staffMessages(penalty.penaltyId()))));
            // and privately in the notification centre (already mailed)
            var notification = new Notification(
                    penalty.userId(),
                    penalty.kind().name(),
                    penalty.reason(),
                    until,
                    staffMessages(penalty.penaltyId()),
                    clock.instant());
            notification.mailed();
            notifications.save(notification);
        });
    }

    /** A message under a penalty reaches the other side: in the notification centre and by mail at once. */
    @ApplicationModuleListener
    void on(StaffMessageSent message) {
        contacts.of(message.recipientId()).ifPresent(contact -> {
            var link = staffMessages(message.penaltyId());
            outbox.enqueue(composer.compose(
                    contact, "staffMessage", message.authorName(), message.text(), properties.link(link)));
            var notification = new Notification(
                    message.recipientId(),
                    "STAFF_MESSAGE",
                    message.text(),
                    message.authorName(),
                    link,
                    clock.instant());
            notification.mailed();
            notifications.save(notification);
        });
    }

    /** Where the member and the moderators write to each other about this penalty. */
    private static String staffMessages(long penaltyId) {
        return "staff-messages/" + penaltyId;
    }
}
