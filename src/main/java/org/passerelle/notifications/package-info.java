/**
 * All outgoing e-mail (the only module that touches JavaMailSender) and, later, in-app notifications. Mails are
 * rendered from bilingual templates in the messages bundles, written to an outbox table after the triggering
 * transaction commits, and sent asynchronously with retries.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "accounts", "institutions", "missions", "matching", "moderation", "communities"
        })
package org.passerelle.notifications;

import org.springframework.modulith.ApplicationModule;
