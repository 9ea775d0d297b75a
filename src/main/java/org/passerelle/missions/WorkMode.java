package org.passerelle.missions;

/** Where the work of a mission happens. */
public enum WorkMode {
    ON_SITE,
    REMOTE,
    HYBRID;

    public boolean needsTravel() {
        return this != REMOTE;
    }

    public boolean allowsRemote() {
        return this != ON_SITE;
    }

    public String labelKey() {
        return "mission.mode." + name();
    }
}
