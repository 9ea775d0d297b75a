package org.passerelle.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.passerelle.impact.internal.ImpactQueries;
import org.passerelle.impact.internal.ImpactQueries.ApplicationFacts;
import org.passerelle.impact.internal.ImpactQueries.MissionFacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact dashboard's figures. Each measure is dated by its own moment: a mission counts as published in the
 * quarter it was published, staffed when first staffed, completed (with its outcome) when first completed; an
 * application when made. Public: aggregates only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class ImpactService {

    private final ImpactQueries queries;

    ImpactService(ImpactQueries queries) {
        this.queries = queries;
    }

    public Dashboard dashboard(ImpactFilter filter) {
        var missions = queries.missionFacts(filter);
        var applications = queries.applicationFacts(filter);

        var published =
                missions.stream().filter(m -> in(m.publishedAt(), filter)).toList();
        var staffed = missions.stream().filter(m -> in(m.staffedAt(), filter)).toList();
        var completed =
                missions.stream().filter(m -> in(m.completedAt(), filter)).toList();
        var outcomes = completed.stream()
                .map(MissionFacts::outcome)
                .reduce(OutcomeSums.NONE, OutcomeSums::plus, OutcomeSums::plus);

        var daysToStaff = staffed.stream()
                .filter(m -> m.publishedAt() != null)
                .map(m -> Duration.between(m.publishedAt(), m.staffedAt()).toMinutes() / 1440.0)
                .toList();
        var applied =
                applications.stream().filter(a -> in(a.appliedAt(), filter)).toList();
        var hoursToAnswer = applied.stream()
                .filter(a -> a.decidedAt() != null)
                .map(a -> Duration.between(a.appliedAt(), a.decidedAt()).toMinutes() / 60.0)
                .toList();
        var selected = applications.stream()
                .filter(a -> "SELECTED".equals(a.status()) && in(a.decidedAt(), filter))
                .toList();
        var active = new HashSet<Long>();
        applied.forEach(a -> active.add(a.expertUserId()));
        selected.forEach(a -> active.add(a.expertUserId()));

        var totals = new Dashboard.Totals(
                published.size(),
                staffed.size(),
                completed.size(),
                median(daysToStaff),
                median(hoursToAnswer),
                Suppression.single(active.size()),
                outcomes.peopleTrained(),
                outcomes.jobsCreated(),
                outcomes.servicesDelivered());
        return new Dashboard(
                filter,
                totals,
                trend(published, staffed, completed),
                breakdown(published, completed, m -> List.of(m.country())),
                breakdown(published, completed, MissionFacts::sectors),
                genders(queries.expertGenders(filter), applied, selected));
    }

    private static List<Dashboard.TrendRow> trend(
            List<MissionFacts> published, List<MissionFacts> staffed, List<MissionFacts> completed) {
        var rows = new TreeMap<String, long[]>();
        published.forEach(m -> rows.computeIfAbsent(quarter(m.publishedAt()), k -> new long[3])[0]++);
        staffed.forEach(m -> rows.computeIfAbsent(quarter(m.staffedAt()), k -> new long[3])[1]++);
        completed.forEach(m -> rows.computeIfAbsent(quarter(m.completedAt()), k -> new long[3])[2]++);
        if (!rows.isEmpty()) {
            // quarters without activity are shown as zeros, not skipped
            var first = rows.firstKey();
            var last = rows.lastKey();
            for (var q = first; q.compareTo(last) < 0; q = next(q)) {
                rows.computeIfAbsent(q, k -> new long[3]);
            }
        }
        return rows.entrySet().stream()
                .map(e -> new Dashboard.TrendRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    private static List<Dashboard.BreakdownRow> breakdown(
            List<MissionFacts> published, List<MissionFacts> completed, Function<MissionFacts, List<String>> keys) {
        var missions = new TreeMap<String, Long>();
        var done = new HashMap<String, Long>();
        var outcomes = new HashMap<String, OutcomeSums>();
        published.forEach(m -> keys.apply(m).forEach(k -> missions.merge(k, 1L, Long::sum)));
        completed.forEach(m -> keys.apply(m).forEach(k -> {
            missions.putIfAbsent(k, 0L);
            done.merge(k, 1L, Long::sum);
            outcomes.merge(k, m.outcome() == null ? OutcomeSums.NONE : m.outcome(), OutcomeSums::plus);
        }));
        var rows = new ArrayList<Dashboard.BreakdownRow>();
        missions.forEach((code, count) -> {
            var sums = outcomes.getOrDefault(code, OutcomeSums.NONE);
            rows.add(new Dashboard.BreakdownRow(
                    code,
                    count,
                    done.getOrDefault(code, 0L),
                    sums.peopleTrained(),
                    sums.jobsCreated(),
                    sums.servicesDelivered()));
        });
        rows.sort(Comparator.comparingLong(Dashboard.BreakdownRow::missions)
                .reversed()
                .thenComparing(Dashboard.BreakdownRow::code));
        return rows;
    }

    private static List<Dashboard.GenderRow> genders(
            List<String> registered, List<ApplicationFacts> applied, List<ApplicationFacts> selected) {
        var registeredCounts = counts(registered);
        var appliedCounts = counts(distinctExperts(applied));
        var selectedCounts = counts(distinctExperts(selected));
        return Arrays.stream(GenderGroup.values())
                .map(g -> new Dashboard.GenderRow(
                        g, registeredCounts.get(g), appliedCounts.get(g), selectedCounts.get(g)))
                .toList();
    }

    private static List<String> distinctExperts(List<ApplicationFacts> applications) {
        var seen = new HashSet<Long>();
        return applications.stream()
                .filter(a -> seen.add(a.expertUserId()))
                .map(ApplicationFacts::gender)
                .toList();
    }

    private static Map<GenderGroup, Count> counts(List<String> genders) {
        var raw = new EnumMap<GenderGroup, Long>(GenderGroup.class);
        for (var g : GenderGroup.values()) {
            raw.put(g, 0L);
        }
        genders.forEach(g -> raw.merge(GenderGroup.of(g), 1L, Long::sum));
        return Suppression.apply(raw);
    }

    static boolean in(Instant at, ImpactFilter filter) {
        if (at == null) {
            return false;
        }
        var day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return (filter.from() == null || !day.isBefore(filter.from()))
                && (filter.to() == null || !day.isAfter(filter.to()));
    }

    static String quarter(Instant at) {
        var day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static String next(String quarter) {
        var year = Integer.parseInt(quarter.substring(0, 4));
        var q = quarter.charAt(6) - '0';
        return q == 4 ? (year + 1) + " Q1" : year + " Q" + (q + 1);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
