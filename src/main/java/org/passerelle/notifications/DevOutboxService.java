package org.passerelle.notifications;

import java.util.List;
import org.passerelle.notifications.internal.MailOutbox;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as administrators read it. Mail bodies (which carry sign-in links) are shown only while no SMTP server
 * is configured, i.e. on a development machine, where this is how a new user verifies their address.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class DevOutboxService {

    private final MailOutbox outbox;

    DevOutboxService(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** True when mails go to the log and this outbox instead of an SMTP server. */
    public boolean logMode() {
        return outbox.logMode();
    }

    public List<OutboxMail> latest(Pageable page) {
        return outbox.latest(page);
    }

    public long count() {
        return outbox.count();
    }
}
