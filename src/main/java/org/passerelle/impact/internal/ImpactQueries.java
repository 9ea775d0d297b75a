package org.passerelle.impact.internal;

import static org.passerelle.impact.internal.ReportSql.APPLICATION;
import static org.passerelle.impact.internal.ReportSql.COMMUNITY;
import static org.passerelle.impact.internal.ReportSql.EXPERT;
import static org.passerelle.impact.internal.ReportSql.EXPERT_HERITAGE;
import static org.passerelle.impact.internal.ReportSql.EXPERT_SECTOR;
import static org.passerelle.impact.internal.ReportSql.INSTITUTION;
import static org.passerelle.impact.internal.ReportSql.MISSION;
import static org.passerelle.impact.internal.ReportSql.MISSION_SECTOR;
import static org.passerelle.impact.internal.ReportSql.MOMENT;
import static org.passerelle.impact.internal.ReportSql.OUTCOME;
import static org.passerelle.impact.internal.ReportSql.SUMMARY;
import static org.passerelle.impact.internal.ReportSql.instant;
import static org.passerelle.impact.internal.ReportSql.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.impact.CommunityRow;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.InstitutionRow;
import org.passerelle.impact.Lesson;
import org.passerelle.impact.MissionRow;
import org.passerelle.impact.OutcomeSums;
import org.passerelle.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the atlas and the dashboard, over the reporting views the other modules publish (their …Reporting
 * enums; never their tables: {@code ImpactReadModelIT}). Only aggregates and timestamps leave it, never a name. Experts
 * count when their account is active; in country breakdowns only when they have not hidden their origins.
 */
@Component
public class ImpactQueries {

    private final JdbcClient jdbc;

    ImpactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Where experts(ImpactFilter filter, boolean byCountry) {
        var where = new Where().and("p.account_active");
        if (byCountry || filter.country() != null) {
            where.and("p.origins_shown");
        }
        if (filter.country() != null) {
            where.and(
                    "exists (select 1 from " + EXPERT_HERITAGE
                            + " hc where hc.profile_id = p.id and hc.country_code = ?)",
                    filter.country());
        }
        if (filter.sector() != null) {
            where.and(
                    "exists (select 1 from " + EXPERT_SECTOR + " es where es.profile_id = p.id and es.sector_code = ?)",
                    filter.sector());
        }
        return where;
    }

    /** The sector codes of the missions a query selects (joined with {@code join}): mission id → codes, sorted. */
    private Map<Long, List<String>> sectorsOf(String join, Where where) {
        var sectors = new HashMap<Long, List<String>>();
        jdbc.sql("select ms.mission_id, ms.sector_code from " + MISSION_SECTOR + " ms join " + MISSION
                        + " m on m.id = ms.mission_id" + join + where.sql() + " order by ms.sector_code")
                .params(where.params())
                .query((rs, row) -> sectors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return sectors;
    }

    private Map<String, Long> grouped(String sql, Object[] params) {
        var result = new HashMap<String, Long>();
        jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> {
                    var key = rs.getString(1);
                    if (key != null) {
                        result.merge(key, rs.getLong(2), Long::sum);
                    }
                    return null;
                })
                .list();
        return result;
    }

    // ---- atlas

    /** Each expert's heritage countries (an expert may have several): country code → profile ids. */
    public Map<String, Set<Long>> expertsByHeritage(ImpactFilter filter) {
        var where = experts(filter, true);
        var result = new HashMap<String, Set<Long>>();
        jdbc.sql("select h.country_code, p.id from " + EXPERT + " p join " + EXPERT_HERITAGE
                        + " h on h.profile_id = p.id" + where.sql())
                .params(where.params())
                .query((rs, row) -> result.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }

    public Map<String, Long> expertsByResidence(ImpactFilter filter) {
        var where = experts(filter, true).and("p.residence_country is not null");
        return grouped(
                "select p.residence_country, count(*) from " + EXPERT + " p" + where.sql()
                        + " group by p.residence_country",
                where.params());
    }

    public Map<String, Long> missionsByCountry(ImpactFilter filter) {
        var where = missions(filter);
        return grouped(
                "select m.country, count(*) from " + MISSION + " m" + where.sql() + " group by m.country",
                where.params());
    }

    public Map<String, Long> peopleTrainedByCountry(ImpactFilter filter) {
        var where = missions(filter);
        return grouped(
                "select m.country, sum(o.people_trained) from " + MISSION + " m join " + OUTCOME
                        + " o on o.mission_id = m.id" + where.sql() + " group by m.country",
                where.params());
    }

    // ---- country page

    public List<InstitutionRow> verifiedInstitutions(String country) {
        return jdbc.sql("select name, type, city from " + INSTITUTION + " where country = ? order by name")
                .param(Texts.withoutNul(country))
                .query((rs, row) -> new InstitutionRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<MissionRow> publicMissions(ImpactFilter filter) {
        var where = missions(filter);
        var sectors = sectorsOf("", where);
        return jdbc.sql("select m.id, m.title, m.institution_name, m.status, m.start_date from " + MISSION + " m"
                        + where.sql() + " order by m.start_date desc, m.id desc")
                .params(where.params())
                .query((rs, row) -> new MissionRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        sectors.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** The sector communities of the sectors these missions are in. */
    public List<CommunityRow> communitiesOfSectors(Collection<String> sectorCodes) {
        if (sectorCodes.isEmpty()) {
            return List.of();
        }
        var marks = String.join(", ", Collections.nCopies(sectorCodes.size(), "?"));
        return jdbc.sql("select id, name_en, name_fr from " + COMMUNITY + " where sector_code in (" + marks
                        + ") order by name_en")
                .params(sectorCodes.toArray())
                .query((rs, row) -> new CommunityRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    // ---- dashboard

    /** A mission with the moments that matter to the dashboard, and its country, sectors and outcome. */
    public record MissionFacts(
            long id,
            String country,
            List<String> sectors,
            Instant publishedAt,
            Instant staffedAt,
            Instant completedAt,
            OutcomeSums outcome) {}

    /** Every selected public mission (period filtering is the caller's: each measure has its own moment). */
    public List<MissionFacts> missionFacts(ImpactFilter filter) {
        var where = missions(filter);
        var sectors = sectorsOf("", where);
        return jdbc.sql("select m.id, m.country, m.published_at, t.staffed_at, t.completed_at,"
                        + " o.people_trained, o.jobs_created, o.services_delivered, o.recorded_at"
                        + " from " + MISSION + " m left join " + MOMENT + " t on t.mission_id = m.id"
                        + " left join " + OUTCOME + " o on o.mission_id = m.id" + where.sql())
                .params(where.params())
                .query((rs, row) -> new MissionFacts(
                        rs.getLong(1),
                        rs.getString(2),
                        sectors.getOrDefault(rs.getLong(1), List.of()),
                        instant(rs, 3),
                        instant(rs, 4),
                        instant(rs, 5),
                        rs.getObject(9) == null
                                ? null
                                : new OutcomeSums(1, rs.getLong(6), rs.getLong(7), rs.getLong(8))))
                .list();
    }

    /** An application with its moments and its expert's self-described gender. */
    public record ApplicationFacts(
            long expertUserId, String gender, Instant appliedAt, Instant decidedAt, String status) {}

    public List<ApplicationFacts> applicationFacts(ImpactFilter filter) {
        var where = missions(filter);
        return jdbc.sql("select a.expert_user_id, p.gender, a.applied_at, a.decided_at, a.status"
                        + " from " + APPLICATION + " a join " + MISSION + " m on m.id = a.mission_id"
                        + " left join " + EXPERT + " p on p.user_id = a.expert_user_id" + where.sql())
                .params(where.params())
                .query((rs, row) -> new ApplicationFacts(
                        rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getString(5)))
                .list();
    }

    /** The self-described genders of the selected active experts (registered at any time). */
    public List<String> expertGenders(ImpactFilter filter) {
        var where = experts(filter, false);
        return jdbc.sql("select p.gender from " + EXPERT + " p" + where.sql())
                .params(where.params())
                .query((rs, row) -> rs.getString(1))
                .list();
    }

    // ---- knowledge hub

    /** Published summaries of public missions, featured first, then newest; optionally in these countries. */
    public List<Lesson> lessons(String sector, Collection<String> countries) {
        var where = missions(new ImpactFilter(null, sector, null, null));
        if (countries != null) {
            if (countries.isEmpty()) {
                return List.of();
            }
            where.and(
                    "m.country in (" + String.join(", ", Collections.nCopies(countries.size(), "?")) + ")",
                    countries.toArray());
        }
        var sectors = sectorsOf(" join " + SUMMARY + " s on s.mission_id = m.id", where);
        return jdbc.sql("select m.id, m.title, m.institution_name, m.country, s.summary_html, s.topic_id,"
                        + " s.published_at, s.featured, o.people_trained, o.jobs_created, o.services_delivered"
                        + " from " + MISSION + " m join " + SUMMARY + " s on s.mission_id = m.id"
                        + " left join " + OUTCOME + " o on o.mission_id = m.id" + where.sql()
                        + " order by s.featured desc, s.published_at desc, m.id desc")
                .params(where.params())
                .query((rs, row) -> new Lesson(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        sectors.getOrDefault(rs.getLong(1), List.of()),
                        rs.getString(5),
                        rs.getLong(6),
                        instant(rs, 7),
                        rs.getBoolean(8),
                        new OutcomeSums(1, rs.getLong(9), rs.getLong(10), rs.getLong(11))))
                .list();
    }
}
