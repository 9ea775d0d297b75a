package org.passerelle.impact;

import java.time.LocalDate;
import java.util.List;

/** A public mission of a country, for its atlas page. */
public record MissionRow(
        long id, String title, String institution, String status, LocalDate start, List<String> sectors) {}
