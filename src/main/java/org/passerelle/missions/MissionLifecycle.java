package org.passerelle.missions;

import static org.passerelle.missions.MissionStatus.CANCELLED;
import static org.passerelle.missions.MissionStatus.CHANGES_REQUESTED;
import static org.passerelle.missions.MissionStatus.COMPLETED;
import static org.passerelle.missions.MissionStatus.DRAFT;
import static org.passerelle.missions.MissionStatus.EVALUATED;
import static org.passerelle.missions.MissionStatus.IN_PROGRESS;
import static org.passerelle.missions.MissionStatus.PUBLISHED;
import static org.passerelle.missions.MissionStatus.STAFFED;
import static org.passerelle.missions.MissionStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mission state machine: draft → submitted → (changes requested ↔ submitted) → published → staffed → in progress →
 * completed → evaluated; cancelled from any open state. A staffed mission goes back to published when a selected
 * expert withdraws. Nothing else is allowed.
 */
public final class MissionLifecycle {

    private static final Map<MissionAction, Map<MissionStatus, MissionStatus>> TRANSITIONS =
            new EnumMap<>(MissionAction.class);

    static {
        allow(MissionAction.SUBMIT, Set.of(DRAFT, CHANGES_REQUESTED), SUBMITTED);
        allow(MissionAction.REQUEST_CHANGES, Set.of(SUBMITTED), CHANGES_REQUESTED);
        allow(MissionAction.PUBLISH, Set.of(SUBMITTED), PUBLISHED);
        allow(MissionAction.STAFF, Set.of(PUBLISHED), STAFFED);
        allow(MissionAction.REOPEN, Set.of(STAFFED), PUBLISHED);
        allow(MissionAction.START, Set.of(STAFFED), IN_PROGRESS);
        allow(MissionAction.COMPLETE, Set.of(IN_PROGRESS), COMPLETED);
        allow(MissionAction.EVALUATE, Set.of(COMPLETED), EVALUATED);
        for (var status : MissionStatus.values()) {
            if (status.isOpen()) {
                allow(MissionAction.CANCEL, Set.of(status), CANCELLED);
            }
        }
    }

    private static void allow(MissionAction action, Set<MissionStatus> from, MissionStatus to) {
        var map = TRANSITIONS.computeIfAbsent(action, a -> new EnumMap<>(MissionStatus.class));
        from.forEach(f -> map.put(f, to));
    }

    /** The status {@code action} leads to from {@code from}, or empty if the action is not allowed there. */
    public static Optional<MissionStatus> next(MissionStatus from, MissionAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(action, Map.of()).get(from));
    }

    public static boolean allows(MissionStatus from, MissionAction action) {
        return next(from, action).isPresent();
    }

    /** Whether the terms of reference may still be edited by the institution. */
    public static boolean editable(MissionStatus status) {
        return status == DRAFT || status == CHANGES_REQUESTED;
    }

    /** Whether experts may apply or be invited. */
    public static boolean recruiting(MissionStatus status) {
        return status == PUBLISHED;
    }

    /** Whether feedback and outcomes may be recorded. */
    public static boolean closing(MissionStatus status) {
        return status == COMPLETED || status == EVALUATED;
    }

    private MissionLifecycle() {}
}
