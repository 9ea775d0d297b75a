package org.passerelle.matching;

import java.util.List;
import org.passerelle.missions.ApplicationStatus;

/**
 * An expert ranked for a mission, with the explanation of the rank.
 *
 * @param tier strong, partial or same sector only (see {@link MatchTier})
 * @param application where the expert stands with this mission (applied, invited…), or null
 */
public record Candidate(
        long profileId,
        String name,
        String headline,
        int rank,
        float score,
        MatchTier tier,
        List<MatchCriterion> explanation,
        ApplicationStatus application) {

    /** Whether the expert stated availability and none of it fits the mission (shown, flagged, ranked lower). */
    public boolean unavailable() {
        return explanation.stream()
                .anyMatch(c -> c.criterion() == MatchCriterion.Criterion.AVAILABILITY
                        && c.outcome() == MatchCriterion.Outcome.NOT_MET);
    }

    public long criteriaMet() {
        return explanation.stream().filter(MatchCriterion::isMet).count();
    }
}
