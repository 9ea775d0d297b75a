package org.passerelle.institutions;

import java.time.Instant;

/** An institution as its representatives and the administrators see it. */
public record InstitutionDetails(
        long id,
        String name,
        InstitutionType type,
        String country,
        String region,
        String city,
        String website,
        String emailDomain,
        InstitutionStatus status,
        String rejectionReason,
        Instant createdAt) {}
