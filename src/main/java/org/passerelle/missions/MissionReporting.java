package org.passerelle.missions;

/**
 * The views this module publishes for reporting (the atlas, the dashboard, the knowledge hub, the open data API),
 * created by the migration {@code V21__reporting_views.sql}: the impact module reads these and none of this module's
 * tables. An enum, not string constants, so that the dependency is visible to Spring Modulith.
 */
public enum MissionReporting {
    /** Public missions (published and after, not cancelled): their terms, status and published_at. */
    MISSIONS("report_mission"),

    /** When a mission was first staffed and first completed: mission_id, staffed_at, completed_at. */
    MOMENTS("report_mission_moment"),

    /** A mission's sectors: mission_id, sector_code. */
    SECTORS("report_mission_sector"),

    /** A mission's recorded outcome: people_trained, jobs_created, services_delivered, recorded_at. */
    OUTCOMES("report_mission_outcome"),

    /** A mission's published summary: summary_html, topic_id, published_at, featured. */
    SUMMARIES("report_mission_summary"),

    /** Applications: mission_id, expert_user_id, applied_at, decided_at, status. */
    APPLICATIONS("report_application");

    private final String view;

    MissionReporting(String view) {
        this.view = view;
    }

    /** The view's name, as written in SQL. */
    @Override
    public String toString() {
        return view;
    }
}
