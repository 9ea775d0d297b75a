package org.passerelle.matching;

import java.time.LocalDate;
import java.util.List;
import org.passerelle.directory.AvailabilityWindow;

/**
 * One line of a match explanation: a criterion, whether it matched, and what matched.
 *
 * @param details codes or words that matched: sectors, a country, required languages ("fr B2"), words of the
 *     profile; empty when nothing did
 * @param concepts for skills and description: the vocabulary's concepts both share, and how
 * @param windows for availability: the expert's windows that fit the mission, or, when none does, the next ones
 * @param availableFrom for availability not met: the first day of the expert's next stated window, if any
 */
public record MatchCriterion(
        Criterion criterion,
        Outcome outcome,
        List<String> details,
        List<SharedConcept> concepts,
        List<AvailabilityWindow> windows,
        LocalDate availableFrom) {

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
        HIDDEN,
        /** The expert said nothing about it (availability): neither rewarded nor held against them. */
        UNKNOWN
    }

    public static MatchCriterion met(Criterion criterion, List<String> details) {
        return new MatchCriterion(criterion, Outcome.MET, List.copyOf(details), List.of(), List.of(), null);
    }

    public static MatchCriterion met(Criterion criterion, List<SharedConcept> concepts, List<String> words) {
        return new MatchCriterion(criterion, Outcome.MET, List.copyOf(words), List.copyOf(concepts), List.of(), null);
    }

    public static MatchCriterion available(List<AvailabilityWindow> fitting) {
        return new MatchCriterion(
                Criterion.AVAILABILITY, Outcome.MET, List.of(), List.of(), List.copyOf(fitting), null);
    }

    /** Availability stated and none of it fits; {@code next} is the first window starting after the mission's start. */
    public static MatchCriterion unavailable(AvailabilityWindow next) {
        return new MatchCriterion(
                Criterion.AVAILABILITY,
                Outcome.NOT_MET,
                List.of(),
                List.of(),
                next == null ? List.of() : List.of(next),
                next == null ? null : next.start());
    }

    /** The expert stated no availability: neither rewarded nor left out. */
    public static MatchCriterion unknown(Criterion criterion) {
        return new MatchCriterion(criterion, Outcome.UNKNOWN, List.of(), List.of(), List.of(), null);
    }

    public static MatchCriterion notMet(Criterion criterion) {
        return new MatchCriterion(criterion, Outcome.NOT_MET, List.of(), List.of(), List.of(), null);
    }

    public static MatchCriterion hidden(Criterion criterion) {
        return new MatchCriterion(criterion, Outcome.HIDDEN, List.of(), List.of(), List.of(), null);
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }
}
