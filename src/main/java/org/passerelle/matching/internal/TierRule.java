package org.passerelle.matching.internal;

import org.passerelle.matching.MatchTier;

/**
 * The rule that sorts candidates into tiers (see {@link MatchTier}), from what the explanation found:
 *
 * <ul>
 *   <li>strong: the expert has (the same or a narrower concept) at least a third of the concepts of the mission's
 *       title and skills, and at least one; when the vocabulary recognises none of them, at least
 *       {@value #STRONG_WORDS} telling words of the mission's title and skills in the expert's skills or headline;
 *   <li>partial: one of those concepts, a broader or related concept, a concept of the mission's description, or
 *       one telling word;
 *   <li>same sector only: nothing else. Common words never count: stop words are not indexed and generic words
 *       ("management", "renforcement") are not telling.
 * </ul>
 */
public final class TierRule {

    /** Telling words needed for a strong match when the mission names no known concept. */
    static final int STRONG_WORDS = 2;

    /**
     * @param coreConcepts concepts of the mission's title and skills (sector roots excluded)
     * @param coreMet of those, how many the expert has (same or narrower concept)
     * @param coreNear of those, how many the expert has only as a broader or related concept
     * @param descriptionMet concepts of the mission's description the expert has
     * @param tellingWords distinct telling words of the mission's title and skills found in the expert's skills or
     *     headline
     */
    public static MatchTier tier(int coreConcepts, int coreMet, int coreNear, int descriptionMet, int tellingWords) {
        if (coreConcepts > 0 && coreMet >= needed(coreConcepts)) {
            return MatchTier.STRONG;
        }
        if (coreConcepts == 0 && tellingWords >= STRONG_WORDS) {
            return MatchTier.STRONG;
        }
        if (coreMet > 0 || coreNear > 0 || descriptionMet > 0 || tellingWords > 0) {
            return MatchTier.PARTIAL;
        }
        return MatchTier.SECTOR_ONLY;
    }

    /** At least one concept, and at least a third of them. */
    static int needed(int coreConcepts) {
        return Math.max(1, (coreConcepts + 2) / 3);
    }

    private TierRule() {}
}
