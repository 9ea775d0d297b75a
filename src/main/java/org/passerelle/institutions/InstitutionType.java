package org.passerelle.institutions;

/** What kind of body an institution is. */
public enum InstitutionType {
    MINISTRY,
    PUBLIC_HOSPITAL,
    UNIVERSITY,
    MUNICIPALITY,
    NGO,
    OTHER;

    public String labelKey() {
        return "institution.type." + name();
    }
}
