package org.passerelle.directory;

/**
 * The views this module publishes for reporting (the atlas, the dashboard, the knowledge hub, the open data API),
 * created by the migration {@code V21__reporting_views.sql}: the impact module reads these and none of this module's
 * tables. An enum, not string constants, so that the dependency is visible to Spring Modulith.
 */
public enum ExpertReporting {
    /** Every profile: id, user_id, gender, residence_country, account_active, origins_shown. */
    EXPERTS("report_expert"),

    /** A profile's heritage countries: profile_id, country_code. */
    HERITAGE("report_expert_heritage"),

    /** A profile's sectors: profile_id, sector_code. */
    SECTORS("report_expert_sector");

    private final String view;

    ExpertReporting(String view) {
        this.view = view;
    }

    /** The view's name, as written in SQL. */
    @Override
    public String toString() {
        return view;
    }
}
