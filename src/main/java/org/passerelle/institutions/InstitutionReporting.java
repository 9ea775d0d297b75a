package org.passerelle.institutions;

/**
 * The views this module publishes for reporting (the atlas, the dashboard, the knowledge hub, the open data API),
 * created by the migration {@code V21__reporting_views.sql}: the impact module reads these and none of this module's
 * tables. An enum, not string constants, so that the dependency is visible to Spring Modulith.
 */
public enum InstitutionReporting {
    /** Verified institutions: id, name, type, country, city, website. */
    INSTITUTIONS("report_institution");

    private final String view;

    InstitutionReporting(String view) {
        this.view = view;
    }

    /** The view's name, as written in SQL. */
    @Override
    public String toString() {
        return view;
    }
}
