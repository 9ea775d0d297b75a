/**
 * Mission requests (terms of reference) posted by verified institutions: their life cycle (a state machine whose every
 * transition is logged), review by administrators, the public mission board, applications and invitations, and the
 * completion of a mission (feedback, outcomes, certificate, discussion).
 */
@ApplicationModule(
        allowedDependencies = {"shared", "accounts", "directory", "directory :: widgets", "institutions", "communities"
        })
package org.passerelle.missions;

import org.springframework.modulith.ApplicationModule;
