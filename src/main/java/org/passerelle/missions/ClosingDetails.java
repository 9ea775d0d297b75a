package org.passerelle.missions;

import java.util.List;

/**
 * The end of a mission as one participant sees it.
 *
 * @param outcomes the recorded outcomes, or null
 * @param feedback the feedback this reader may read: the institution reads all, an expert what concerns them
 * @param awaitingMyFeedback the experts (for the institution) or the institution (for an expert) the reader has not
 *     rated yet: names, empty when done
 */
public record ClosingDetails(OutcomeForm outcomes, List<Feedback> feedback, List<Participant> awaitingMyFeedback) {

    /** Feedback given: about an expert (by the institution) or about the institution (by an expert). */
    public record Feedback(String expertName, boolean aboutExpert, int rating, String comment) {}

    /** Someone to rate: an expert (user id) or, with a null id, the institution. */
    public record Participant(Long expertUserId, String name) {}
}
