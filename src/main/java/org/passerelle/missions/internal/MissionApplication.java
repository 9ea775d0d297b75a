package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.passerelle.missions.ApplicationDetails;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.Texts;

/** An expert's application to a mission, or an institution's invitation; one per expert and mission. */
@Entity
@Table(name = "mission_application")
public class MissionApplication extends AbstractEntity {

    @Column(nullable = false)
    private Long missionId;

    @Column(nullable = false)
    private Long expertUserId;

    @Column(nullable = false)
    private Long profileId;

    private boolean invited;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApplicationStatus status;

    @Column(nullable = false, length = 3000)
    private String motivation = "";

    @Column(name = "availability_note", nullable = false, length = 500)
    private String availability = "";

    @Column(nullable = false, length = 2000)
    private String invitationMessage = "";

    /** Private to the institution; the expert is only told, politely, that they were not selected. */
    @Column(length = 1000)
    private String declineReason;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant appliedAt;

    /** The institution's first answer (shortlist, selection or decline): response time is measured to it. */
    private Instant answeredAt;

    private Instant decidedAt;

    private Instant reminderSentAt;

    protected MissionApplication() {}

    private MissionApplication(long missionId, long expertUserId, long profileId, Instant now) {
        this.missionId = missionId;
        this.expertUserId = expertUserId;
        this.profileId = profileId;
        this.createdAt = now;
    }

    public static MissionApplication applied(
            long missionId, long expertUserId, long profileId, ApplicationForm form, Instant now) {
        var application = new MissionApplication(missionId, expertUserId, profileId, now);
        application.fill(form, now);
        return application;
    }

    public static MissionApplication invited(
            long missionId, long expertUserId, long profileId, String message, Instant now) {
        var application = new MissionApplication(missionId, expertUserId, profileId, now);
        application.invited = true;
        application.status = ApplicationStatus.INVITED;
        application.invitationMessage = Texts.strip(message);
        return application;
    }

    /** The expert accepts the invitation, with a motivation and availability like any application. */
    public void accept(ApplicationForm form, Instant now) {
        require(Set.of(ApplicationStatus.INVITED));
        fill(form, now);
    }

    public void declineInvitation(Instant now) {
        require(Set.of(ApplicationStatus.INVITED));
        status = ApplicationStatus.INVITATION_DECLINED;
        decidedAt = now;
    }

    public void shortlist(Instant now) {
        require(Set.of(ApplicationStatus.APPLIED));
        status = ApplicationStatus.SHORTLISTED;
        answered(now);
    }

    public void select(Instant now) {
        require(ApplicationStatus.UNDER_CONSIDERATION);
        status = ApplicationStatus.SELECTED;
        answered(now);
        decidedAt = now;
    }

    public void decline(String privateReason, Instant now) {
        require(ApplicationStatus.UNDER_CONSIDERATION);
        status = ApplicationStatus.DECLINED;
        declineReason = privateReason == null || privateReason.isBlank() ? null : privateReason.strip();
        answered(now);
        decidedAt = now;
    }

    /** The expert withdraws; returns the status withdrawn from. */
    public ApplicationStatus withdraw(Instant now) {
        if (!status.mayBeWithdrawn()) {
            throw new RefusedException("application.transition.forbidden");
        }
        var from = status;
        status = ApplicationStatus.WITHDRAWN;
        decidedAt = now;
        return from;
    }

    private void fill(ApplicationForm form, Instant now) {
        motivation = form.getMotivation().strip();
        availability = Texts.strip(form.getAvailability());
        status = ApplicationStatus.APPLIED;
        appliedAt = now;
    }

    private void answered(Instant now) {
        if (answeredAt == null) {
            answeredAt = now;
        }
    }

    private void require(Set<ApplicationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new RefusedException("application.transition.forbidden");
        }
    }

    public Long getMissionId() {
        return missionId;
    }

    public Long getExpertUserId() {
        return expertUserId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isInvited() {
        return invited;
    }

    /**
     * @param missionTitle the mission's title
     * @param expertName the expert's display name
     * @param forInstitution whether the reader is the institution (who alone reads the decline reason)
     */
    public ApplicationDetails toDetails(String missionTitle, String expertName, boolean forInstitution) {
        return new ApplicationDetails(
                getId(),
                getVersion(),
                missionId,
                missionTitle,
                profileId,
                expertName,
                invited,
                status,
                motivation,
                availability,
                invitationMessage,
                forInstitution ? declineReason : null,
                createdAt,
                appliedAt,
                answeredAt);
    }
}
