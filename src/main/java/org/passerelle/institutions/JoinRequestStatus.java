package org.passerelle.institutions;

/** Where a request to join an institution stands. */
public enum JoinRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public String labelKey() {
        return "institution.join.status." + name();
    }
}
