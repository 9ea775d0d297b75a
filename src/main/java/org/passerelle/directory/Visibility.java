package org.passerelle.directory;

/** Who may see a section of an expert's profile. The default is {@link #MEMBERS} (privacy by default). */
public enum Visibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Anyone signed in. */
    MEMBERS,
    /** Representatives of verified institutions (and administrators, who verify institutions). */
    VERIFIED_INSTITUTIONS,
    /** Only the expert. */
    ONLY_ME;

    public static final Visibility DEFAULT = MEMBERS;

    /** Whether this viewer may see a section with this visibility on the profile of the given owner. */
    public boolean allows(Viewer viewer, long ownerId) {
        if (viewer.isUser(ownerId)) {
            return true;
        }
        return switch (this) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.member();
            case VERIFIED_INSTITUTIONS -> viewer.verifiedInstitution() || viewer.administrator();
            case ONLY_ME -> false;
        };
    }

    public String labelKey() {
        return "visibility." + name();
    }
}
