package org.passerelle.missions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application (or invitation) stands. An invitation becomes an application when the expert accepts it;
 * the institution then shortlists, selects or declines; the expert may withdraw until the mission is completed.
 */
public enum ApplicationStatus {
    INVITED,
    INVITATION_DECLINED,
    APPLIED,
    SHORTLISTED,
    SELECTED,
    DECLINED,
    WITHDRAWN;

    /** Waiting for a decision of the institution. */
    public static final Set<ApplicationStatus> UNDER_CONSIDERATION = EnumSet.of(APPLIED, SHORTLISTED);

    public boolean mayBeWithdrawn() {
        return this == APPLIED || this == SHORTLISTED || this == SELECTED;
    }

    public String labelKey() {
        return "application.status." + name();
    }
}
