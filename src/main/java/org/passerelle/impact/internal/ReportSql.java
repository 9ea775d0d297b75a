package org.passerelle.impact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.passerelle.communities.CommunityReporting;
import org.passerelle.directory.ExpertReporting;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.institutions.InstitutionReporting;
import org.passerelle.missions.MissionReporting;

/** The reporting views impact reads (named by their owning modules) and the SQL pieces its queries share. */
final class ReportSql {

    static final String EXPERT = ExpertReporting.EXPERTS.toString();
    static final String EXPERT_HERITAGE = ExpertReporting.HERITAGE.toString();
    static final String EXPERT_SECTOR = ExpertReporting.SECTORS.toString();
    static final String MISSION = MissionReporting.MISSIONS.toString();
    static final String MOMENT = MissionReporting.MOMENTS.toString();
    static final String MISSION_SECTOR = MissionReporting.SECTORS.toString();
    static final String OUTCOME = MissionReporting.OUTCOMES.toString();
    static final String SUMMARY = MissionReporting.SUMMARIES.toString();
    static final String APPLICATION = MissionReporting.APPLICATIONS.toString();
    static final String INSTITUTION = InstitutionReporting.INSTITUTIONS.toString();
    static final String COMMUNITY = CommunityReporting.COMMUNITIES.toString();

    private ReportSql() {}

    /** The public missions a filter selects (the view holds public missions only). */
    static Where missions(ImpactFilter filter) {
        var where = new Where();
        if (filter.country() != null) {
            where.and("m.country = ?", filter.country());
        }
        if (filter.sector() != null) {
            where.and(
                    "exists (select 1 from " + MISSION_SECTOR
                            + " ms where ms.mission_id = m.id and ms.sector_code = ?)",
                    filter.sector());
        }
        return where;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
