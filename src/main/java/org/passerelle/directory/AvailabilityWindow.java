package org.passerelle.directory;

import java.time.LocalDate;

/**
 * A period when the expert can take on a mission, remotely and/or on site. Both ends are included.
 *
 * @param start first available day
 * @param end last available day
 */
public record AvailabilityWindow(LocalDate start, LocalDate end, boolean remote, boolean onSite) {

    /** Whether the window shares at least one day with the period from..to (both included). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    /** A usable window: both dates, end not before start, and at least one way of working. */
    public boolean isValid() {
        return start != null && end != null && !end.isBefore(start) && (remote || onSite);
    }
}
