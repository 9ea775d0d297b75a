package org.passerelle.impact;

import java.util.List;

/**
 * The impact dashboard for a selection: totals, a quarterly trend, and breakdowns by country, sector and gender.
 * Counts of people (experts) are suppressed when small; counts of missions and outcome figures are not about persons.
 */
public record Dashboard(
        ImpactFilter filter,
        Totals totals,
        List<TrendRow> trend,
        List<BreakdownRow> byCountry,
        List<BreakdownRow> bySector,
        List<GenderRow> byGender) {

    /**
     * @param medianDaysToStaff from publication to staffing, over missions staffed in the period (null: none)
     * @param medianHoursToAnswer from an application to the institution's decision (null: none decided)
     * @param activeExperts experts who applied, or were selected, in the period
     */
    public record Totals(
            long published,
            long staffed,
            long completed,
            Double medianDaysToStaff,
            Double medianHoursToAnswer,
            Count activeExperts,
            long peopleTrained,
            long jobsCreated,
            long servicesDelivered) {}

    /** Missions published, staffed and completed in one quarter, e.g. "2026 Q3". */
    public record TrendRow(String quarter, long published, long staffed, long completed) {}

    /** A country (ISO code) or sector (code): missions published in the period and outcomes of those completed. */
    public record BreakdownRow(
            String code, long missions, long completed, long peopleTrained, long jobsCreated, long servicesDelivered) {}

    /** Experts registered (now), who applied in the period, and who were selected in the period. */
    public record GenderRow(GenderGroup group, Count registered, Count applied, Count selected) {}
}
