package org.passerelle.missions;

/** What moves a mission from one status to another. */
public enum MissionAction {
    /** The institution sends the terms of reference for review. */
    SUBMIT,
    /** A reviewer sends them back with the changes wanted. */
    REQUEST_CHANGES,
    /** A reviewer publishes them on the board. */
    PUBLISH,
    /** The number of experts wanted has been selected (automatic). */
    STAFF,
    /** A selected expert withdrew: the mission looks for experts again (automatic). */
    REOPEN,
    /** The institution starts the mission. */
    START,
    /** The institution declares the mission done. */
    COMPLETE,
    /** Feedback and outcomes are recorded (automatic once both sides have given feedback and outcomes exist). */
    EVALUATE,
    /** The institution or an administrator cancels an open mission. */
    CANCEL;

    public String labelKey() {
        return "mission.action." + name();
    }
}
