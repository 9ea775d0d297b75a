package org.passerelle.missions;

import java.time.Instant;

/**
 * An application as the institution or the expert sees it. The private decline reason is only filled for the
 * institution.
 */
public record ApplicationDetails(
        long id,
        long version,
        long missionId,
        String missionTitle,
        long profileId,
        String expertName,
        boolean invited,
        ApplicationStatus status,
        String motivation,
        String availability,
        String invitationMessage,
        String declineReason,
        Instant createdAt,
        Instant appliedAt,
        Instant answeredAt) {}
