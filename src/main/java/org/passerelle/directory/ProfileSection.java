package org.passerelle.directory;

/** The parts of a profile whose visibility the expert chooses one by one. */
public enum ProfileSection {
    /** Name and headline: without it, the profile does not appear at all. */
    IDENTITY,
    /** Heritage countries, country and city of residence. */
    ORIGINS,
    /** Sectors, skills and languages. */
    EXPERTISE,
    /** Degrees, licences and certifications. */
    QUALIFICATIONS,
    /** Positions held. */
    EXPERIENCE,
    /** Publications and links. */
    PUBLICATIONS,
    /** Availability windows and weeks per year. */
    AVAILABILITY,
    /** The biography. */
    BIO;

    public String labelKey() {
        return "profile.section." + name();
    }
}
