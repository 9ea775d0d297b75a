package org.passerelle.notifications;

import java.util.stream.Collectors;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.matching.MatchingMissionsFound;
import org.passerelle.notifications.internal.MailComposer;
import org.passerelle.notifications.internal.MailOutbox;
import org.passerelle.shared.PasserelleProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails an expert the new missions that fit them: one mission, or a digest. */
@Component
class MissionAlertMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final PasserelleProperties properties;

    MissionAlertMailListener(
            MailComposer composer, MailOutbox outbox, AccountContacts contacts, PasserelleProperties properties) {
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(MatchingMissionsFound alert) {
        var list = alert.missions().stream()
                .map(m -> "• " + m.title() + "\n  " + properties.link("mission/" + m.id()))
                .collect(Collectors.joining("\n\n"));
        contacts.of(alert.userId())
                .ifPresent(contact -> outbox.enqueue(composer.compose(
                        contact,
                        "missionAlert",
                        list,
                        properties.link("missions/for-you"),
                        alert.missions().size())));
    }
}
