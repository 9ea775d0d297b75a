package org.passerelle.missions;

/**
 * Something happened to an application that someone must be told about (by mail). The private decline reason is
 * never carried.
 *
 * @param kind what happened
 * @param expertUserId the expert concerned
 * @param institutionId the institution, whose representatives are told of applications and reminders
 */
public record ApplicationMoved(
        Kind kind,
        long applicationId,
        long missionId,
        String missionTitle,
        long institutionId,
        long expertUserId,
        String expertName) {

    public enum Kind {
        /** To the expert: an institution invites them. */
        INVITED,
        /** To the representatives: an expert applied or accepted an invitation. */
        RECEIVED,
        /** To the representatives: an invited expert declined. */
        INVITATION_DECLINED,
        /** To the expert: they were selected. */
        SELECTED,
        /** To the expert, politely: they were not selected. */
        DECLINED,
        /** To the representatives: an expert withdrew. */
        WITHDRAWN,
        /** To the representatives: an application waits for an answer for 5 days. */
        REMINDER
    }
}
