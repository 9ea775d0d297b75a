package org.passerelle.notifications;

import java.util.Locale;
import java.util.Set;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.institutions.Representation;
import org.passerelle.missions.ApplicationMoved;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionMoved;
import org.passerelle.notifications.internal.MailComposer;
import org.passerelle.notifications.internal.MailOutbox;
import org.passerelle.shared.PasserelleProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about missions and applications: invitations, selections and (polite) declines to experts; applications
 * received, answers to invitations, withdrawals, reminders and review outcomes to the institution's representatives.
 * Each mail links to the mission's page.
 */
@Component
class MissionMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final Representation representation;
    private final PasserelleProperties properties;

    MissionMailListener(
            MailComposer composer,
            MailOutbox outbox,
            AccountContacts contacts,
            Representation representation,
            PasserelleProperties properties) {
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
        this.representation = representation;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ApplicationMoved event) {
        var link = properties.link("mission/" + event.missionId());
        switch (event.kind()) {
            case INVITED, SELECTED, DECLINED ->
                send(
                        Set.of(event.expertUserId()),
                        "application" + capitalised(event.kind()),
                        event.missionTitle(),
                        link);
            case RECEIVED, INVITATION_DECLINED, WITHDRAWN, REMINDER ->
                send(
                        representation.representatives(event.institutionId()),
                        "application" + capitalised(event.kind()),
                        event.missionTitle(),
                        link,
                        event.expertName());
        }
    }

    @ApplicationModuleListener
    void on(MissionMoved moved) {
        var link = properties.link("mission/" + moved.missionId());
        var reps = representation.representatives(moved.institutionId());
        if (moved.action() == MissionAction.PUBLISH) {
            send(reps, "missionPublished", moved.title(), link);
        } else if (moved.action() == MissionAction.REQUEST_CHANGES) {
            send(reps, "missionChangesRequested", moved.title(), link, moved.reason());
        }
    }

    private void send(Set<Long> userIds, String template, Object... args) {
        for (var userId : userIds) {
            contacts.of(userId).ifPresent(contact -> outbox.enqueue(composer.compose(contact, template, args)));
        }
    }

    /** INVITATION_DECLINED → InvitationDeclined. */
    private static String capitalised(ApplicationMoved.Kind kind) {
        var words = kind.name().toLowerCase(Locale.ROOT).split("_");
        var name = new StringBuilder();
        for (var word : words) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
