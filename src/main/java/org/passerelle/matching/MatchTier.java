package org.passerelle.matching;

/**
 * How well an expert fits a mission, as a ministry would read it (the rule is {@code internal.TierRule}):
 *
 * <ul>
 *   <li>{@link #STRONG}: has what the mission asks: enough of the concepts of its title and skills (the same or a
 *       narrower one), or, when the vocabulary knows none of them, several of their words in the expert's skills;
 *   <li>{@link #PARTIAL}: shares something real: one of those concepts, a broader or related one, a concept of the
 *       mission's description, or one telling word of its skills;
 *   <li>{@link #SECTOR_ONLY}: shares the sector and nothing else (the common words of both texts never count).
 * </ul>
 */
public enum MatchTier {
    STRONG,
    PARTIAL,
    SECTOR_ONLY;

    public String labelKey() {
        return "match.tier." + name();
    }
}
