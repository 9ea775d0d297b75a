package org.passerelle.notifications;

/** How a member wants forum notifications by mail. */
public enum EmailFrequency {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    NEVER;

    public String labelKey() {
        return "notifications.email." + name();
    }
}
