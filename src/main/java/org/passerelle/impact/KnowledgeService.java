package org.passerelle.impact;

import java.util.List;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.internal.ImpactQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge hub: practices and lessons from completed missions' published summaries, featured ones first,
 * filterable by sector and by a country, a region or a continent. Public, like the missions they come from.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class KnowledgeService {

    private final ImpactQueries queries;
    private final Countries countries;

    KnowledgeService(ImpactQueries queries, Countries countries) {
        this.queries = queries;
        this.countries = countries;
    }

    /**
     * @param area a country code, an M49 region or continent code, or null for the whole world
     */
    public List<Lesson> lessons(String sector, String area) {
        if (area == null || area.isBlank()) {
            return queries.lessons(sector, null);
        }
        var within = countries.all().stream()
                .filter(c -> c.code().equalsIgnoreCase(area)
                        || c.region().equals(area)
                        || c.continent().equals(area))
                .map(Country::code)
                .toList();
        return queries.lessons(sector, within);
    }
}
