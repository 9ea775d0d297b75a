package org.passerelle.institutions;

import java.time.Instant;

/**
 * A request to join an institution.
 *
 * @param requesterEmail shown to the institution's representatives only, so they can recognise a colleague's address
 */
public record JoinRequestDetails(
        long id,
        long institutionId,
        String institutionName,
        String requesterName,
        String requesterEmail,
        String message,
        JoinRequestStatus status,
        Instant createdAt) {}
