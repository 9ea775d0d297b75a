package org.passerelle.matching;

import java.util.List;
import org.passerelle.missions.ApplicationStatus;

/**
 * An expert ranked for a mission, with the explanation of the rank.
 *
 * @param application where the expert stands with this mission (applied, invited…), or null
 */
public record Candidate(
        long profileId,
        String name,
        String headline,
        int rank,
        float score,
        List<MatchCriterion> explanation,
        ApplicationStatus application) {

    public long criteriaMet() {
        return explanation.stream().filter(MatchCriterion::isMet).count();
    }
}
