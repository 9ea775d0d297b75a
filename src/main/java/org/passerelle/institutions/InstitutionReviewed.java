package org.passerelle.institutions;

import java.util.Set;

/** An administrator verified or rejected an institution; its representatives are told. */
public record InstitutionReviewed(
        long institutionId, String name, InstitutionStatus status, String reason, Set<Long> representatives) {}
