package org.passerelle.impact.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.passerelle.directory.Countries;
import org.passerelle.impact.ImpactReports;
import org.passerelle.impact.Measure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The atlas's table as CSV for everyone (the same as the app's export): the figures of the chosen measure and sector,
 * broken down by continent, or by the regions of a continent, or by the countries of a region. Unknown values are
 * ignored.
 */
@RestController
class AtlasFiles {

    private final ImpactReports reports;
    private final Countries countries;

    AtlasFiles(ImpactReports reports, Countries countries) {
        this.reports = reports;
        this.countries = countries;
    }

    @GetMapping("/atlas.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String continent,
            @RequestParam(required = false) String region,
            Locale locale) {
        var chosen = Measure.named(measure, Measure.EXPERTS_BY_HERITAGE);
        var knownContinent = countries.knownArea(continent, null);
        var knownRegion = knownContinent == null ? null : countries.knownArea(region, knownContinent);
        var knownSector = reports.knownSector(sector);
        var bytes = reports.csv(List.of(reports.atlasTable(chosen, knownSector, knownContinent, knownRegion, locale)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"passerelle-atlas.csv\"")
                .body(bytes);
    }
}
