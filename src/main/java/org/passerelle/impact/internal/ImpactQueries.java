package org.passerelle.impact.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.impact.CommunityRow;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.InstitutionRow;
import org.passerelle.impact.Lesson;
import org.passerelle.impact.MissionRow;
import org.passerelle.impact.OpenInstitution;
import org.passerelle.impact.OpenMission;
import org.passerelle.impact.OutcomeSums;
import org.passerelle.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the atlas and the dashboard, over the other modules' tables (read only). Only aggregates and
 * timestamps leave it, never a name. Experts count when their account is active; in country breakdowns only when
 * they have not hidden their origins (section ORIGINS visible to "only me").
 */
@Component
public class ImpactQueries {

    /** Mission states that are public (published and after, not cancelled). */
    static final String PUBLIC_MISSION =
            "m.status in ('PUBLISHED', 'STAFFED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED')";

    static final String ACTIVE_EXPERT =
            "exists (select 1 from app_user u where u.id = p.user_id and u.status = 'ACTIVE')";

    static final String ORIGINS_SHOWN = "not exists (select 1 from expert_visibility v where v.profile_id = p.id"
            + " and v.section = 'ORIGINS' and v.visibility = 'ONLY_ME')";

    private final JdbcClient jdbc;

    ImpactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A WHERE clause built from optional parts, with its parameters in order. */
    static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Where and(String part, Object... values) {
            parts.add(part);
            // no NUL in text parameters: PostgreSQL refuses it (as NulFreeText does for Hibernate)
            for (var value : values) {
                params.add(value instanceof String text ? Texts.withoutNul(text) : value);
            }
            return this;
        }

        String sql() {
            return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        Object[] params() {
            return params.toArray();
        }
    }

    private Where missions(ImpactFilter filter) {
        var where = new Where().and(PUBLIC_MISSION);
        if (filter.country() != null) {
            where.and("m.country = ?", filter.country());
        }
        if (filter.sector() != null) {
            where.and(
                    "exists (select 1 from mission_sector ms where ms.mission_id = m.id and ms.sector_code = ?)",
                    filter.sector());
        }
        return where;
    }

    private Where experts(ImpactFilter filter, boolean byCountry) {
        var where = new Where().and(ACTIVE_EXPERT);
        if (byCountry || filter.country() != null) {
            where.and(ORIGINS_SHOWN);
        }
        if (filter.country() != null) {
            where.and(
                    "exists (select 1 from expert_heritage_country hc where hc.profile_id = p.id and hc.country_code = ?)",
                    filter.country());
        }
        if (filter.sector() != null) {
            where.and(
                    "exists (select 1 from expert_sector es where es.profile_id = p.id and es.sector_code = ?)",
                    filter.sector());
        }
        return where;
    }

    /** The sector codes of the missions a query selects (joined with {@code join}): mission id → codes, sorted. */
    private Map<Long, List<String>> sectorsOf(String join, Where where) {
        var sectors = new HashMap<Long, List<String>>();
        jdbc.sql("select ms.mission_id, ms.sector_code from mission_sector ms join mission m on m.id = ms.mission_id"
                        + join + where.sql() + " order by ms.sector_code")
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
    public Map<String, java.util.Set<Long>> expertsByHeritage(ImpactFilter filter) {
        var where = experts(filter, true);
        var result = new HashMap<String, java.util.Set<Long>>();
        jdbc.sql(
                        "select h.country_code, p.id from expert_profile p join expert_heritage_country h on h.profile_id = p.id"
                                + where.sql())
                .params(where.params())
                .query((rs, row) -> result.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return result;
    }

    public Map<String, Long> expertsByResidence(ImpactFilter filter) {
        var where = experts(filter, true).and("p.residence_country is not null");
        return grouped(
                "select p.residence_country, count(*) from expert_profile p" + where.sql()
                        + " group by p.residence_country",
                where.params());
    }

    public Map<String, Long> missionsByCountry(ImpactFilter filter) {
        var where = missions(filter);
        return grouped(
                "select m.country, count(*) from mission m" + where.sql() + " group by m.country", where.params());
    }

    public Map<String, Long> peopleTrainedByCountry(ImpactFilter filter) {
        var where = missions(filter);
        return grouped(
                "select m.country, sum(o.people_trained) from mission m join mission_outcome o on o.mission_id = m.id"
                        + where.sql() + " group by m.country",
                where.params());
    }

    // ---- country page

    public List<InstitutionRow> verifiedInstitutions(String country) {
        return jdbc.sql(
                        "select name, type, city from institution where status = 'VERIFIED' and country = ? order by name")
                .param(Texts.withoutNul(country))
                .query((rs, row) -> new InstitutionRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<MissionRow> publicMissions(ImpactFilter filter) {
        var where = missions(filter);
        var sectors = sectorsOf("", where);
        return jdbc.sql("select m.id, m.title, m.institution_name, m.status, m.start_date from mission m" + where.sql()
                        + " order by m.start_date desc, m.id desc")
                .params(where.params())
                .query((rs, row) -> new MissionRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class),
                        sectors.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** The sector communities of the sectors these missions are in. */
    public List<CommunityRow> communitiesOfSectors(java.util.Collection<String> sectorCodes) {
        if (sectorCodes.isEmpty()) {
            return List.of();
        }
        var marks = String.join(", ", java.util.Collections.nCopies(sectorCodes.size(), "?"));
        return jdbc.sql("select id, name_en, name_fr from community where sector_code in (" + marks
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
        return jdbc.sql("select m.id, m.country, m.published_at,"
                        + " (select min(t.at) from mission_transition t where t.mission_id = m.id and t.to_status = 'STAFFED'),"
                        + " (select min(t.at) from mission_transition t where t.mission_id = m.id and t.to_status = 'COMPLETED'),"
                        + " o.people_trained, o.jobs_created, o.services_delivered, o.recorded_at"
                        + " from mission m left join mission_outcome o on o.mission_id = m.id" + where.sql())
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
                        + " from mission_application a join mission m on m.id = a.mission_id"
                        + " left join expert_profile p on p.user_id = a.expert_user_id" + where.sql())
                .params(where.params())
                .query((rs, row) -> new ApplicationFacts(
                        rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getString(5)))
                .list();
    }

    /** The self-described genders of the selected active experts (registered at any time). */
    public List<String> expertGenders(ImpactFilter filter) {
        var where = experts(filter, false);
        return jdbc.sql("select p.gender from expert_profile p" + where.sql())
                .params(where.params())
                .query((rs, row) -> rs.getString(1))
                .list();
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    // ---- open data

    public List<OpenMission> openMissions(ImpactFilter filter, long offset, int limit) {
        return openMissions(missions(filter), offset, limit);
    }

    private List<OpenMission> openMissions(Where where, long offset, int limit) {
        var rows = jdbc.sql("select m.id, m.title, m.summary, m.institution_name, m.country, m.city, m.mode,"
                        + " m.start_date, m.end_date, m.duration_weeks, m.experts_needed, m.status, m.published_at"
                        + " from mission m" + where.sql() + " order by m.published_at desc, m.id desc"
                        + " offset " + offset + " rows fetch next " + limit + " rows only")
                .params(where.params())
                .query((rs, row) -> new OpenMission(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, java.time.LocalDate.class),
                        rs.getObject(9, java.time.LocalDate.class),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getString(12),
                        instant(rs, 13),
                        new ArrayList<>()))
                .list();
        if (!rows.isEmpty()) {
            var byId = new HashMap<Long, OpenMission>();
            rows.forEach(m -> byId.put(m.id(), m));
            var marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
            jdbc.sql("select mission_id, sector_code from mission_sector where mission_id in (" + marks + ")"
                            + " order by sector_code")
                    .params(byId.keySet().toArray())
                    .query((rs, row) -> byId.get(rs.getLong(1)).sectors().add(rs.getString(2)))
                    .list();
        }
        return rows;
    }

    public java.util.Optional<OpenMission> openMission(long id) {
        return openMissions(missions(ImpactFilter.all()).and("m.id = ?", id), 0, 1).stream()
                .findFirst();
    }

    public long countOpenMissions(ImpactFilter filter) {
        var where = missions(filter);
        return jdbc.sql("select count(*) from mission m" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    public List<OpenInstitution> openInstitutions(String country, long offset, int limit) {
        var where = new Where().and("status = 'VERIFIED'");
        if (country != null) {
            where.and("country = ?", country);
        }
        return jdbc.sql("select id, name, type, country, city, website from institution" + where.sql()
                        + " order by name, id offset " + offset + " rows fetch next " + limit + " rows only")
                .params(where.params())
                .query((rs, row) -> new OpenInstitution(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public long countOpenInstitutions(String country) {
        var where = new Where().and("status = 'VERIFIED'");
        if (country != null) {
            where.and("country = ?", country);
        }
        return jdbc.sql("select count(*) from institution" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    // ---- knowledge hub

    /** Published summaries of public missions, featured first, then newest; optionally in these countries. */
    public List<Lesson> lessons(String sector, java.util.Collection<String> countries) {
        var where = missions(new ImpactFilter(null, sector, null, null));
        if (countries != null) {
            if (countries.isEmpty()) {
                return List.of();
            }
            where.and(
                    "m.country in (" + String.join(", ", java.util.Collections.nCopies(countries.size(), "?")) + ")",
                    countries.toArray());
        }
        var sectors = sectorsOf(" join mission_summary s on s.mission_id = m.id", where);
        return jdbc.sql("select m.id, m.title, m.institution_name, m.country, s.summary_html, s.topic_id,"
                        + " s.published_at, s.featured, o.people_trained, o.jobs_created, o.services_delivered"
                        + " from mission m join mission_summary s on s.mission_id = m.id"
                        + " left join mission_outcome o on o.mission_id = m.id" + where.sql()
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
