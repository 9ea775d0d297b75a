package org.passerelle.notifications;

import org.passerelle.accounts.AccountContacts;
import org.passerelle.institutions.InstitutionReviewed;
import org.passerelle.institutions.InstitutionStatus;
import org.passerelle.institutions.JoinRequestStatus;
import org.passerelle.institutions.JoinRequested;
import org.passerelle.notifications.internal.MailComposer;
import org.passerelle.notifications.internal.MailOutbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an institution's representatives, by mail, that it was verified or rejected (with the reason). */
@Component
class InstitutionMailListener {

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;

    InstitutionMailListener(MailComposer composer, MailOutbox outbox, AccountContacts contacts) {
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
    }

    @ApplicationModuleListener
    void on(InstitutionReviewed reviewed) {
        var verified = reviewed.status() == InstitutionStatus.VERIFIED;
        for (var userId : reviewed.representatives()) {
            contacts.of(userId)
                    .ifPresent(contact -> outbox.enqueue(
                            verified
                                    ? composer.compose(contact, "institutionVerified", reviewed.name())
                                    : composer.compose(
                                            contact, "institutionRejected", reviewed.name(), reviewed.reason())));
        }
    }

    @ApplicationModuleListener
    void on(JoinRequested joining) {
        if (joining.decision() == null) {
            for (var userId : joining.representatives()) {
                contacts.of(userId)
                        .ifPresent(contact -> outbox.enqueue(composer.compose(
                                contact, "joinRequested", joining.requesterName(), joining.institutionName())));
            }
        } else {
            var approved = joining.decision() == JoinRequestStatus.APPROVED;
            contacts.of(joining.requesterId())
                    .ifPresent(contact -> outbox.enqueue(composer.compose(
                            contact, approved ? "joinApproved" : "joinRejected", joining.institutionName())));
        }
    }
}
