package org.passerelle.impact.internal;

import static org.passerelle.impact.internal.ReportSql.INSTITUTION;
import static org.passerelle.impact.internal.ReportSql.MISSION;
import static org.passerelle.impact.internal.ReportSql.MISSION_SECTOR;
import static org.passerelle.impact.internal.ReportSql.instant;
import static org.passerelle.impact.internal.ReportSql.missions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.OpenInstitution;
import org.passerelle.impact.OpenMission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind the open data API: public missions and verified institutions, a page at a time. */
@Component
public class OpenDataQueries {

    private final JdbcClient jdbc;

    OpenDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenMission> openMissions(ImpactFilter filter, long offset, int limit) {
        return openMissions(missions(filter), offset, limit);
    }

    private List<OpenMission> openMissions(Where where, long offset, int limit) {
        var rows = jdbc.sql("select m.id, m.title, m.summary, m.institution_name, m.country, m.city, m.mode,"
                        + " m.start_date, m.end_date, m.duration_weeks, m.experts_needed, m.status, m.published_at"
                        + " from " + MISSION + " m" + where.sql() + " order by m.published_at desc, m.id desc"
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
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getString(12),
                        instant(rs, 13),
                        new ArrayList<>()))
                .list();
        if (!rows.isEmpty()) {
            var byId = new HashMap<Long, OpenMission>();
            rows.forEach(m -> byId.put(m.id(), m));
            var marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
            jdbc.sql("select mission_id, sector_code from " + MISSION_SECTOR + " where mission_id in (" + marks + ")"
                            + " order by sector_code")
                    .params(byId.keySet().toArray())
                    .query((rs, row) -> byId.get(rs.getLong(1)).sectors().add(rs.getString(2)))
                    .list();
        }
        return rows;
    }

    public Optional<OpenMission> openMission(long id) {
        return openMissions(missions(ImpactFilter.all()).and("m.id = ?", id), 0, 1).stream()
                .findFirst();
    }

    public long countOpenMissions(ImpactFilter filter) {
        var where = missions(filter);
        return jdbc.sql("select count(*) from " + MISSION + " m" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    public List<OpenInstitution> openInstitutions(String country, long offset, int limit) {
        var where = new Where();
        if (country != null) {
            where.and("country = ?", country);
        }
        return jdbc.sql("select id, name, type, country, city, website from " + INSTITUTION + where.sql()
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
        var where = new Where();
        if (country != null) {
            where.and("country = ?", country);
        }
        return jdbc.sql("select count(*) from " + INSTITUTION + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }
}
