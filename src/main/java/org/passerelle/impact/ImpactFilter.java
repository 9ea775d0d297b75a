package org.passerelle.impact;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A selection of the dashboard: a country (of the missions; of heritage for experts), a sector, and a period (from
 * and to, both inclusive). Each part may be null: no restriction.
 */
public record ImpactFilter(String country, String sector, LocalDate from, LocalDate to) {

    public static ImpactFilter all() {
        return new ImpactFilter(null, null, null, null);
    }

    public ImpactFilter {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        sector = sector == null || sector.isBlank() ? null : sector.strip();
        if (from != null && to != null && to.isBefore(from)) {
            var swap = from;
            from = to;
            to = swap;
        }
    }
}
