package org.passerelle.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A public mission as the open data API gives it: no person, only the institution that posted it. */
public record OpenMission(
        long id,
        String title,
        String summary,
        String institution,
        String country,
        String city,
        String mode,
        LocalDate startDate,
        LocalDate endDate,
        int durationWeeks,
        int expertsNeeded,
        String status,
        Instant publishedAt,
        List<String> sectors) {}
