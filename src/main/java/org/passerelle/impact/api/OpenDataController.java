package org.passerelle.impact.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.impact.AtlasService;
import org.passerelle.impact.Count;
import org.passerelle.impact.Dashboard;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.ImpactService;
import org.passerelle.impact.Measure;
import org.passerelle.impact.OpenDataService;
import org.passerelle.impact.OpenInstitution;
import org.passerelle.impact.OpenMission;
import org.passerelle.shared.RefusedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The read-only open data API: published missions, verified institutions and aggregated statistics, as JSON, a page
 * at a time. No personal data: missions name their institution only; statistics suppress small counts of people.
 * Described at {@code /api/v1/openapi.json}; rate-limited per client address.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Passerelle open data")
class OpenDataController {

    /** An error: a stable code and a sentence in English. */
    record Problem(String error, String message) {}

    /** A statistic per country; {@code value} is null when suppressed (fewer than five people). */
    record CountryFigure(String country, Long value, boolean suppressed) {}

    private final OpenDataService data;
    private final AtlasService atlas;
    private final ImpactService impact;

    OpenDataController(OpenDataService data, AtlasService atlas, ImpactService impact) {
        this.data = data;
        this.atlas = atlas;
        this.impact = impact;
    }

    @GetMapping("/missions")
    @Operation(summary = "Published missions (and those staffed, in progress, completed, evaluated), newest first")
    OpenDataService.Page<OpenMission> missions(
            @Parameter(description = "ISO 3166-1 alpha-2 country code") @RequestParam(required = false) String country,
            @Parameter(description = "sector code") @RequestParam(required = false) String sector,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return data.missions(country, sector, page, size);
    }

    @GetMapping("/missions/{id}")
    @Operation(summary = "One public mission")
    OpenMission mission(@PathVariable long id) {
        return data.mission(id);
    }

    @GetMapping("/institutions")
    @Operation(summary = "Verified institutions, by name")
    OpenDataService.Page<OpenInstitution> institutions(
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return data.institutions(country, page, size);
    }

    @GetMapping("/statistics/countries")
    @Operation(summary = "A measure per country (counts of fewer than five people are suppressed)")
    List<CountryFigure> countries(
            @RequestParam(defaultValue = "MISSIONS") Measure measure, @RequestParam(required = false) String sector) {
        return atlas.byCountry(measure, sector).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> figure(e.getKey(), e.getValue()))
                .toList();
    }

    @GetMapping("/statistics/impact")
    @Operation(summary = "The impact dashboard's figures for a selection (dates inclusive, ISO format)")
    Dashboard impact(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return impact.dashboard(new ImpactFilter(country, sector, from, to));
    }

    private static CountryFigure figure(String country, Count count) {
        return new CountryFigure(country, count.suppressed() ? null : count.value(), count.suppressed());
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Problem> refused(RefusedException refused) {
        var status = "api.notFound".equals(refused.messageKey()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(new Problem(
                        refused.messageKey(),
                        status == HttpStatus.NOT_FOUND
                                ? "No such public record."
                                : "page must be 0 or more and size from 1 to " + OpenDataService.MAX_PAGE_SIZE + "."));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MethodArgumentNotValidException.class})
    ResponseEntity<Problem> badParameter(Exception e) {
        var name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : "parameter";
        return ResponseEntity.badRequest()
                .body(new Problem(
                        "api.badParameter", "The parameter '" + name.toLowerCase(Locale.ROOT) + "' is not valid."));
    }
}
