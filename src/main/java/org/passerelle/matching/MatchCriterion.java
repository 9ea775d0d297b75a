package org.passerelle.matching;

import java.util.List;

/**
 * One line of a match explanation: a criterion, whether it matched, and what matched (terms, sectors, dates…).
 *
 * @param details what matched (or, for languages, what was required); empty when nothing did
 */
public record MatchCriterion(Criterion criterion, Outcome outcome, List<String> details) {

    public enum Criterion {
        /** The mission's skills and title against the expert's skills and headline. */
        SKILLS,
        /** The mission's description against the expert's biography, experience and qualifications. */
        DESCRIPTION,
        SECTOR,
        /** Required languages at the required level: a hard filter, so always met by a candidate. */
        LANGUAGES,
        /** An availability window overlapping the mission's window, in a way of working the mission allows. */
        AVAILABILITY,
        /** A heritage tie to the mission's country. */
        HERITAGE,
        /** At least one qualification verified by a moderator or administrator. */
        VERIFIED_QUALIFICATION;

        public String labelKey() {
            return "match.criterion." + name();
        }
    }

    public enum Outcome {
        MET,
        NOT_MET,
        /** The expert keeps this section from the viewer: it was not used. */
        HIDDEN
    }

    public static MatchCriterion met(Criterion criterion, List<String> details) {
        return new MatchCriterion(criterion, Outcome.MET, List.copyOf(details));
    }

    public static MatchCriterion notMet(Criterion criterion) {
        return new MatchCriterion(criterion, Outcome.NOT_MET, List.of());
    }

    public static MatchCriterion hidden(Criterion criterion) {
        return new MatchCriterion(criterion, Outcome.HIDDEN, List.of());
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }
}
