package org.passerelle.institutions;

/** Verification of an institution by the administrators. */
public enum InstitutionStatus {
    PENDING,
    VERIFIED,
    REJECTED;

    public String labelKey() {
        return "institution.status." + name();
    }
}
