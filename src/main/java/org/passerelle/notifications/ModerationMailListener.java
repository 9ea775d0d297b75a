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

/** Tells a member, privately by mail, of a moderator's warning, silence or suspension, with the reason. */
@Component
class ModerationMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;

    ModerationMailListener(MailComposer composer, MailOutbox outbox, AccountContacts contacts) {
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
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
        });
    }
}
