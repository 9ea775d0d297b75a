package org.passerelle.missions;

import java.time.Instant;

/** One logged move of a mission: who did what, when, and why (the reason may be empty). */
public record MissionTransition(
        MissionStatus from, MissionStatus to, MissionAction action, String actorName, Instant at, String reason) {}
