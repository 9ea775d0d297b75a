package org.passerelle.missions;

/**
 * A mission moved in its life cycle (published, changes requested, staffed…). Published after the transition is
 * logged; listeners tell the people concerned.
 */
public record MissionMoved(
        long missionId,
        String title,
        long institutionId,
        MissionStatus from,
        MissionStatus to,
        MissionAction action,
        String reason) {}
