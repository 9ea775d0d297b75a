package org.passerelle.impact;

/** Outcome figures of one mission, or sums over several. */
public record OutcomeSums(long missions, long peopleTrained, long jobsCreated, long servicesDelivered) {

    public static final OutcomeSums NONE = new OutcomeSums(0, 0, 0, 0);

    public OutcomeSums plus(OutcomeSums other) {
        return other == null
                ? this
                : new OutcomeSums(
                        missions + other.missions,
                        peopleTrained + other.peopleTrained,
                        jobsCreated + other.jobsCreated,
                        servicesDelivered + other.servicesDelivered);
    }
}
