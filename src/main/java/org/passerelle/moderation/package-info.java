/**
 * Moderation of the communities: trust for new members, watched words, rate limits and slow mode, flags and the
 * review queue, topic actions, warnings, silences and suspensions (lifted at their date), and the staff action log.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "communities", "communities :: extensions"})
package org.passerelle.moderation;

import org.springframework.modulith.ApplicationModule;
