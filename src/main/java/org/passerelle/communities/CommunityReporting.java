package org.passerelle.communities;

/**
 * The views this module publishes for reporting (the atlas, the dashboard, the knowledge hub, the open data API),
 * created by the migration {@code V21__reporting_views.sql}: the impact module reads these and none of this module's
 * tables. An enum, not string constants, so that the dependency is visible to Spring Modulith.
 */
public enum CommunityReporting {
    /** The sector communities: id, sector_code, name_en, name_fr. */
    COMMUNITIES("report_community");

    private final String view;

    CommunityReporting(String view) {
        this.view = view;
    }

    /** The view's name, as written in SQL. */
    @Override
    public String toString() {
        return view;
    }
}
