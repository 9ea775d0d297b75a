package org.passerelle.missions;

import java.time.Duration;

/**
 * How an institution answers applications: of those received, how many it answered (shortlisted, selected or
 * declined), and the median time to the first answer.
 *
 * @param medianResponse null when nothing was answered yet
 */
public record ResponseStats(int received, int answered, Duration medianResponse) {

    /** Percentage answered, 0–100 (100 when nothing was received). */
    public int ratePercent() {
        return received == 0 ? 100 : Math.round(100f * answered / received);
    }
}
