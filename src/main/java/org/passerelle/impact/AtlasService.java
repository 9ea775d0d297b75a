package org.passerelle.impact;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.internal.ImpactQueries;
import org.passerelle.impact.internal.ImpactQueries.CommunityRow;
import org.passerelle.impact.internal.ImpactQueries.InstitutionRow;
import org.passerelle.impact.internal.ImpactQueries.MissionRow;
import org.passerelle.impact.internal.ImpactQueries.OutcomeSums;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network on the map: a measure per country, continent (UN M49 region) and sub-region, and a country's page.
 * Public: everything here is an aggregate (counts of people suppressed when small) or already public (verified
 * institutions, published missions, communities).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class AtlasService {

    /** Where in the drill-down: the world (continents), a continent (its regions), a region (its countries). */
    public enum Level {
        CONTINENT,
        REGION,
        COUNTRY
    }

    /** One row of a breakdown: an M49 continent or region code, or a country code, with its figure. */
    public record Area(String code, Level level, Count value) {}

    /** What the country page shows. */
    public record CountryProfile(
            Country country,
            Map<Measure, Count> figures,
            List<InstitutionRow> institutions,
            List<MissionRow> missions,
            List<CommunityRow> communities,
            OutcomeSums outcomes) {}

    private final ImpactQueries queries;
    private final Countries countries;

    AtlasService(ImpactQueries queries, Countries countries) {
        this.queries = queries;
        this.countries = countries;
    }

    /** The measure for every country with a non-zero figure (small counts of people suppressed). */
    public Map<String, Count> byCountry(Measure measure, String sector) {
        return breakdownAt(measure, new ImpactFilter(null, sector, null, null), Country::code, null);
    }

    /**
     * The drill-down: continents of the world (no continent given), regions of a continent (no region given), or the
     * countries of a region, each with its figure; every known area is listed, zero or not, biggest first.
     */
    public List<Area> breakdown(Measure measure, String sector, String continent, String region) {
        var filter = new ImpactFilter(null, sector, null, null);
        Level level;
        Function<Country, String> key;
        java.util.function.Predicate<Country> within;
        if (continent == null) {
            level = Level.CONTINENT;
            key = Country::continent;
            within = c -> true;
        } else if (region == null) {
            level = Level.REGION;
            key = Country::region;
            within = c -> c.continent().equals(continent);
        } else {
            level = Level.COUNTRY;
            key = Country::code;
            within = c -> c.region().equals(region);
        }
        var known = new TreeSet<String>();
        countries.all().stream().filter(within).map(key).forEach(known::add);
        var figures = breakdownAt(measure, filter, key, known);
        return figures.entrySet().stream()
                .map(e -> new Area(e.getKey(), level, e.getValue()))
                .sorted(Comparator.comparing((Area a) -> a.value().shownValue()).reversed())
                .toList();
    }

    /** The figures of one area (continent or region code, or country code): its total for each measure. */
    public Map<Measure, Count> totals(String areaCode, String sector) {
        var result = new LinkedHashMap<Measure, Count>();
        for (var measure : Measure.values()) {
            Function<Country, String> key =
                    areaCode == null ? c -> "world" : areaCode.length() == 2 ? Country::code : c -> areaOf(c, areaCode);
            var figures = breakdownAt(measure, new ImpactFilter(null, sector, null, null), key, null);
            var value = figures.get(areaCode == null ? "world" : areaCode);
            result.put(measure, value == null ? Count.of(0) : value);
        }
        return result;
    }

    /** A country's page: its figures, verified institutions, public missions, the communities of their sectors. */
    public CountryProfile country(String code) {
        var country = countries.find(code).orElseThrow(() -> new RefusedException("atlas.noCountry"));
        var filter = new ImpactFilter(country.code(), null, null, null);
        var missions = queries.publicMissions(filter);
        var sectors = new HashSet<String>();
        missions.forEach(m -> sectors.addAll(m.sectors()));
        var outcomes = queries.missionFacts(filter).stream()
                .map(ImpactQueries.MissionFacts::outcome)
                .reduce(OutcomeSums.NONE, OutcomeSums::plus, OutcomeSums::plus);
        return new CountryProfile(
                country,
                totals(country.code(), null),
                queries.verifiedInstitutions(country.code()),
                missions,
                queries.communitiesOfSectors(sectors),
                outcomes);
    }

    private static String areaOf(Country country, String areaCode) {
        return country.region().equals(areaCode)
                ? areaCode
                : country.continent().equals(areaCode) ? areaCode : "";
    }

    /**
     * The measure grouped by {@code key} (distinct experts per group for heritage, where an expert may have several
     * countries of one continent), then suppressed across the groups; {@code known} groups are listed even at zero.
     */
    private Map<String, Count> breakdownAt(
            Measure measure, ImpactFilter filter, Function<Country, String> key, Set<String> known) {
        Map<String, Long> raw = new HashMap<>();
        if (known != null) {
            known.forEach(k -> raw.put(k, 0L));
        }
        switch (measure) {
            case EXPERTS_BY_HERITAGE -> {
                var people = new HashMap<String, Set<Long>>();
                queries.expertsByHeritage(filter)
                        .forEach((code, ids) -> groupOf(code, key)
                                .ifPresent(group -> people.computeIfAbsent(group, k -> new HashSet<>())
                                        .addAll(ids)));
                people.forEach((group, ids) -> raw.merge(group, (long) ids.size(), Long::sum));
            }
            case EXPERTS_BY_RESIDENCE -> sum(queries.expertsByResidence(filter), key, raw);
            case MISSIONS -> sum(queries.missionsByCountry(filter), key, raw);
            case PEOPLE_TRAINED -> sum(queries.peopleTrainedByCountry(filter), key, raw);
        }
        if (known != null) {
            raw.keySet().retainAll(known);
        } else {
            raw.values().removeIf(v -> v == 0);
        }
        var ordered = new LinkedHashMap<String, Long>();
        raw.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        if (!measure.countsPeople()) {
            var plain = new LinkedHashMap<String, Count>();
            ordered.forEach((k, v) -> plain.put(k, Count.of(v)));
            return plain;
        }
        return Suppression.apply(ordered);
    }

    private static void sum(Map<String, Long> byCountry, Function<Country, String> key, Map<String, Long> into) {
        byCountry.forEach((code, value) -> groupOf(code, key).ifPresent(group -> into.merge(group, value, Long::sum)));
    }

    private static java.util.Optional<String> groupOf(String countryCode, Function<Country, String> key) {
        return Countries.lookup(countryCode).map(key).filter(group -> !group.isEmpty());
    }
}
