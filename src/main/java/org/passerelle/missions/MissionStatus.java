package org.passerelle.missions;

import java.util.EnumSet;
import java.util.Set;

/** Where a mission is in its life; see {@link MissionLifecycle} for how it moves. */
public enum MissionStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED,
    STAFFED,
    IN_PROGRESS,
    COMPLETED,
    EVALUATED,
    CANCELLED;

    /** Statuses in which anyone may read the mission on the public board. */
    public static final Set<MissionStatus> PUBLIC = EnumSet.of(PUBLISHED, STAFFED, IN_PROGRESS, COMPLETED, EVALUATED);

    /** Whether the mission is still open, i.e. may be cancelled. */
    public boolean isOpen() {
        return this != COMPLETED && this != EVALUATED && this != CANCELLED;
    }

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public String labelKey() {
        return "mission.status." + name();
    }
}
