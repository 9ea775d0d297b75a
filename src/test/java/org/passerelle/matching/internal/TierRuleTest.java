package org.passerelle.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.matching.MatchTier;

/** The tier rule: what makes a strong match, a partial one, or the same sector only. */
class TierRuleTest {

    @Test
    void oneSharedConceptOfAShortMissionIsStrong() {
        assertThat(TierRule.tier(1, 1, 0, 0, 0)).isEqualTo(MatchTier.STRONG);
        assertThat(TierRule.tier(3, 1, 0, 0, 0)).isEqualTo(MatchTier.STRONG);
    }

    @Test
    void aLongerMissionNeedsAThirdOfItsConcepts() {
        assertThat(TierRule.needed(4)).isEqualTo(2);
        assertThat(TierRule.needed(6)).isEqualTo(2);
        assertThat(TierRule.needed(7)).isEqualTo(3);
        assertThat(TierRule.tier(6, 1, 0, 0, 5)).isEqualTo(MatchTier.PARTIAL);
        assertThat(TierRule.tier(6, 2, 0, 0, 0)).isEqualTo(MatchTier.STRONG);
    }

    @Test
    void broaderOrRelatedConceptsAndDescriptionConceptsArePartialOnly() {
        assertThat(TierRule.tier(2, 0, 2, 0, 0)).isEqualTo(MatchTier.PARTIAL);
        assertThat(TierRule.tier(2, 0, 0, 3, 0)).isEqualTo(MatchTier.PARTIAL);
    }

    @Test
    void wordsCountOnlyWhenTheVocabularyKnowsNoConceptOfTheMission() {
        assertThat(TierRule.tier(0, 0, 0, 0, 2)).isEqualTo(MatchTier.STRONG);
        assertThat(TierRule.tier(0, 0, 0, 0, 1)).isEqualTo(MatchTier.PARTIAL);
        assertThat(TierRule.tier(2, 0, 0, 0, 4))
                .as("words never replace the concepts asked for")
                .isEqualTo(MatchTier.PARTIAL);
    }

    @Test
    void sharingNothingButTheSectorIsSectorOnly() {
        assertThat(TierRule.tier(3, 0, 0, 0, 0)).isEqualTo(MatchTier.SECTOR_ONLY);
        assertThat(TierRule.tier(0, 0, 0, 0, 0)).isEqualTo(MatchTier.SECTOR_ONLY);
    }
}
