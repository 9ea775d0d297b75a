package org.passerelle.impact;

import java.util.List;
import java.util.Locale;
import org.passerelle.impact.internal.OpenDataQueries;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the open data API publishes: public missions and verified institutions, a page at a time. No person. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class OpenDataService {

    public static final int MAX_PAGE_SIZE = 100;

    /** A page of results: its items, its number (from 0), its size and the total. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    private final OpenDataQueries queries;

    OpenDataService(OpenDataQueries queries) {
        this.queries = queries;
    }

    public Page<OpenMission> missions(String country, String sector, int page, int size) {
        checkPage(page, size);
        var filter = new ImpactFilter(country, sector, null, null);
        return new Page<>(
                queries.openMissions(filter, (long) page * size, size), page, size, queries.countOpenMissions(filter));
    }

    public OpenMission mission(long id) {
        // found among the public missions only: a draft's id answers like an unknown one
        return queries.openMission(id).orElseThrow(() -> new RefusedException("api.notFound"));
    }

    public Page<OpenInstitution> institutions(String country, int page, int size) {
        checkPage(page, size);
        var code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        return new Page<>(
                queries.openInstitutions(code, (long) page * size, size),
                page,
                size,
                queries.countOpenInstitutions(code));
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RefusedException("api.badPage");
        }
    }
}
