package org.passerelle.matching;

import java.time.Duration;

/** How often an expert wants to hear of new missions that fit them. */
public enum AlertFrequency {
    NEVER(null),
    IMMEDIATELY(Duration.ZERO),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration interval;

    AlertFrequency(Duration interval) {
        this.interval = interval;
    }

    /** Time between two digests; zero for one mail per mission; null for never. */
    public Duration interval() {
        return interval;
    }

    public String labelKey() {
        return "alert.frequency." + name();
    }
}
