package org.passerelle.impact;

/** What the atlas counts per country. */
public enum Measure {
    /** Experts by their country (or countries) of heritage. */
    EXPERTS_BY_HERITAGE(true),
    /** Experts by the country they live in. */
    EXPERTS_BY_RESIDENCE(true),
    /** Published (and later) missions by the country where they take place. */
    MISSIONS(false),
    /** People trained by completed missions, by the mission's country. */
    PEOPLE_TRAINED(false);

    private final boolean countsPeople;

    Measure(boolean countsPeople) {
        this.countsPeople = countsPeople;
    }

    /** Whether each unit is a person of the network (then small counts are suppressed). */
    public boolean countsPeople() {
        return countsPeople;
    }

    /** The measure of this name (read from an address), else the fallback. */
    public static Measure named(String name, Measure fallback) {
        for (var measure : values()) {
            if (measure.name().equals(name)) {
                return measure;
            }
        }
        return fallback;
    }

    public String labelKey() {
        return "measure." + name();
    }
}
