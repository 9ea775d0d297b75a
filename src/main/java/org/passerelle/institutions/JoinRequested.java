package org.passerelle.institutions;

import java.util.Set;

/**
 * Someone asked to join an institution (its representatives are told), or their request was decided (they are told).
 *
 * @param decision null when the request was just made
 */
public record JoinRequested(
        long requestId,
        String institutionName,
        String requesterName,
        Set<Long> representatives,
        long requesterId,
        JoinRequestStatus decision) {}
