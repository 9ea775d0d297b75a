package org.passerelle.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.internal.ImpactQueries;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network on the map: a measure per country, continent (UN M49 region) and sub-region, and a country's page.
 * Public: everything here is an aggregate (counts of people suppressed when small) or already public (verified
 * institutions, published missions, communities).
 *
 * <p>Counts of people: an area's figure from 1 to 4 is hidden; and a region's (continent's) figure is hidden too when
 * exactly one of its countries (regions) is hidden, else the total minus the parts shown would give that part away.
 * The world's total is not published. Heritage counts distinct experts per area (an expert may have several
 * countries of heritage), so an area's figure may be less than the sum of its parts.
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
        var shown = shown(raw(measure, sector), Level.COUNTRY, measure);
        shown.values().removeIf(count -> !count.suppressed() && count.value() == 0);
        return shown;
    }

    /**
     * The drill-down: continents of the world (no continent given), regions of a continent (no region given), or the
     * countries of a region, each with its figure; every known area is listed, zero or not, biggest first.
     */
    public List<Area> breakdown(Measure measure, String sector, String continent, String region) {
        var level = continent == null ? Level.CONTINENT : region == null ? Level.REGION : Level.COUNTRY;
        var shown = shown(raw(measure, sector), level, measure);
        var known = new TreeSet<String>();
        countries.all().stream()
                .filter(c -> continent == null
                        || (region == null
                                ? c.continent().equals(continent)
                                : c.region().equals(region)))
                .map(c -> level == Level.CONTINENT ? c.continent() : level == Level.REGION ? c.region() : c.code())
                .forEach(known::add);
        return known.stream()
                .map(code -> new Area(code, level, shown.getOrDefault(code, Count.of(0))))
                .sorted(Comparator.comparing((Area a) -> a.value().shownValue()).reversed())
                .toList();
    }

    /** A country's figure for each measure. */
    public Map<Measure, Count> totals(String countryCode, String sector) {
        var result = new LinkedHashMap<Measure, Count>();
        for (var measure : Measure.values()) {
            result.put(
                    measure,
                    shown(raw(measure, sector), Level.COUNTRY, measure).getOrDefault(countryCode, Count.of(0)));
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

    /** A measure counted at every level. */
    private record Raw(Map<String, Long> countries, Map<String, Long> regions, Map<String, Long> continents) {}

    private Raw raw(Measure measure, String sector) {
        var filter = new ImpactFilter(null, sector, null, null);
        var levels = List.<Function<Country, String>>of(Country::code, Country::region, Country::continent);
        var result = new ArrayList<Map<String, Long>>();
        Map<String, Set<Long>> heritage =
                measure == Measure.EXPERTS_BY_HERITAGE ? queries.expertsByHeritage(filter) : null;
        Map<String, Long> byCountry = switch (measure) {
            case EXPERTS_BY_HERITAGE -> Map.of();
            case EXPERTS_BY_RESIDENCE -> queries.expertsByResidence(filter);
            case MISSIONS -> queries.missionsByCountry(filter);
            case PEOPLE_TRAINED -> queries.peopleTrainedByCountry(filter);
        };
        for (var key : levels) {
            Map<String, Long> counts = new HashMap<>();
            if (heritage != null) {
                var people = new HashMap<String, Set<Long>>();
                heritage.forEach((code, ids) -> groupOf(code, key)
                        .ifPresent(group -> people.computeIfAbsent(group, k -> new HashSet<>())
                                .addAll(ids)));
                people.forEach((group, ids) -> counts.put(group, (long) ids.size()));
            } else {
                byCountry.forEach(
                        (code, value) -> groupOf(code, key).ifPresent(group -> counts.merge(group, value, Long::sum)));
            }
            result.add(counts);
        }
        return new Raw(result.get(0), result.get(1), result.get(2));
    }

    /** The figures shown at a level (see the class comment for the rules on counts of people). */
    private Map<String, Count> shown(Raw raw, Level level, Measure measure) {
        var source = switch (level) {
            case COUNTRY -> raw.countries();
            case REGION -> raw.regions();
            case CONTINENT -> raw.continents();
        };
        if (!measure.countsPeople()) {
            var plain = new HashMap<String, Count>();
            source.forEach((code, value) -> plain.put(code, Count.of(value)));
            return plain;
        }
        var countryShown = new HashMap<String, Count>();
        raw.countries().forEach((code, value) -> countryShown.put(code, Suppression.single(value)));
        if (level == Level.COUNTRY) {
            return countryShown;
        }
        var regionShown = withParts(
                raw.regions(), countryShown, child -> Countries.lookup(child).map(Country::region));
        if (level == Level.REGION) {
            return regionShown;
        }
        return withParts(raw.continents(), regionShown, this::continentOfRegion);
    }

    /** Parents' figures: hidden when small, or when exactly one of their parts is hidden. */
    private static Map<String, Count> withParts(
            Map<String, Long> parents, Map<String, Count> parts, Function<String, Optional<String>> parentOf) {
        var hiddenParts = new HashMap<String, Integer>();
        parts.forEach((part, count) -> {
            if (count.suppressed()) {
                parentOf.apply(part).ifPresent(parent -> hiddenParts.merge(parent, 1, Integer::sum));
            }
        });
        var result = new HashMap<String, Count>();
        parents.forEach((parent, value) -> result.put(
                parent, hiddenParts.getOrDefault(parent, 0) == 1 ? Count.hidden() : Suppression.single(value)));
        return result;
    }

    private Optional<String> continentOfRegion(String region) {
        return countries.all().stream()
                .filter(c -> c.region().equals(region))
                .findFirst()
                .map(Country::continent);
    }

    private static Optional<String> groupOf(String countryCode, Function<Country, String> key) {
        return Countries.lookup(countryCode).map(key).filter(group -> !group.isEmpty());
    }
}
