package org.passerelle.missions;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.ExpertAccounts;
import org.passerelle.directory.Viewers;
import org.passerelle.missions.internal.Mission;
import org.passerelle.missions.internal.MissionAccess;
import org.passerelle.missions.internal.MissionApplication;
import org.passerelle.missions.internal.MissionApplicationRepository;
import org.passerelle.missions.internal.MissionRepository;
import org.passerelle.missions.internal.MissionTransitions;
import org.passerelle.shared.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Applications and invitations. Experts apply, answer invitations and withdraw — only their own. Representatives
 * invite, shortlist, select and decline — only for their institution's missions, and they alone read the applicants.
 * When as many experts as wanted are selected the mission becomes staffed; if a selected expert withdraws it
 * recruits again.
 */
@Service
@Validated
@Transactional
public class ApplicationService {

    private final MissionApplicationRepository applications;
    private final MissionRepository missions;
    private final MissionAccess access;
    private final MissionTransitions transitions;
    private final ExpertAccounts experts;
    private final Viewers viewers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(
            MissionApplicationRepository applications,
            MissionRepository missions,
            MissionAccess access,
            MissionTransitions transitions,
            ExpertAccounts experts,
            Viewers viewers,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.missions = missions;
        this.access = access;
        this.transitions = transitions;
        this.experts = experts;
        this.viewers = viewers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- the expert's side

    /** The expert applies to a published mission before its deadline. */
    @PreAuthorize("hasRole('EXPERT')")
    public ApplicationDetails apply(long missionId, @Valid ApplicationForm form) {
        var me = currentUser.require().id();
        var mission = recruiting(access.find(missionId));
        var profile = experts.ofUser(me).orElseThrow(() -> new RefusedException("application.noProfile"));
        var existing = applications.findByMissionIdAndExpertUserId(missionId, me);
        if (existing.isPresent()) {
            if (existing.get().getStatus() != ApplicationStatus.INVITED) {
                throw new RefusedException("application.exists");
            }
            return accept(existing.get().getId(), form);
        }
        var application = applications.saveAndFlush(
                MissionApplication.applied(missionId, me, profile.profileId(), form, clock.instant()));
        publish(ApplicationMoved.Kind.RECEIVED, application, mission);
        return forExpert(application, mission);
    }

    @PreAuthorize("hasRole('EXPERT')")
    public ApplicationDetails accept(long applicationId, @Valid ApplicationForm form) {
        var application = mine(applicationId);
        var mission = recruiting(access.find(application.getMissionId()));
        application.accept(form, clock.instant());
        publish(ApplicationMoved.Kind.RECEIVED, application, mission);
        return flushedForExpert(application, mission);
    }

    @PreAuthorize("hasRole('EXPERT')")
    public ApplicationDetails declineInvitation(long applicationId) {
        var application = mine(applicationId);
        var mission = access.find(application.getMissionId());
        application.declineInvitation(clock.instant());
        publish(ApplicationMoved.Kind.INVITATION_DECLINED, application, mission);
        return flushedForExpert(application, mission);
    }

    /** The expert withdraws; a staffed mission that loses a selected expert recruits again. */
    @PreAuthorize("hasRole('EXPERT')")
    public ApplicationDetails withdraw(long applicationId) {
        var application = mine(applicationId);
        var mission = access.find(application.getMissionId());
        if (!mission.getStatus().isOpen()) {
            throw new RefusedException("application.transition.forbidden");
        }
        var from = application.withdraw(clock.instant());
        if (from == ApplicationStatus.SELECTED && mission.getStatus() == MissionStatus.STAFFED) {
            transitions.move(mission, MissionAction.REOPEN, null, "");
        }
        publish(ApplicationMoved.Kind.WITHDRAWN, application, mission);
        return flushedForExpert(application, mission);
    }

    /** The expert's applications and invitations, newest first. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public List<ApplicationDetails> mine() {
        return applications
                .findByExpertUserIdOrderByCreatedAtDesc(currentUser.require().id())
                .stream()
                .map(a -> forExpert(a, access.find(a.getMissionId())))
                .toList();
    }

    /** The expert's application to this mission, if any. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public Optional<ApplicationDetails> mineFor(long missionId) {
        return applications
                .findByMissionIdAndExpertUserId(missionId, currentUser.require().id())
                .map(a -> forExpert(a, access.find(missionId)));
    }

    // ---- the institution's side

    /** Invites an expert the representative can see in the directory to a published mission of their institution. */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public ApplicationDetails invite(long missionId, long profileId, String message) {
        if (message != null && message.length() > 2000) {
            throw new RefusedException("application.message.tooLong");
        }
        var mission = recruiting(access.mine(missionId));
        var expert = experts.visibleTo(profileId, viewers.current())
                .orElseThrow(() -> new RefusedException("application.noExpert"));
        if (applications
                .findByMissionIdAndExpertUserId(missionId, expert.userId())
                .isPresent()) {
            throw new RefusedException("application.alreadyInvited");
        }
        var application = applications.saveAndFlush(
                MissionApplication.invited(missionId, expert.userId(), profileId, message, clock.instant()));
        publish(ApplicationMoved.Kind.INVITED, application, mission);
        return forInstitution(application, mission);
    }

    /** Everyone who applied to or was invited to the mission (the representative's institution's only). */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    @Transactional(readOnly = true)
    public List<ApplicationDetails> applicants(long missionId) {
        var mission = access.mine(missionId);
        return applications.findByMissionIdOrderByCreatedAtAsc(missionId).stream()
                .map(a -> forInstitution(a, mission))
                .toList();
    }

    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public ApplicationDetails shortlist(long applicationId, long seenVersion) {
        var application = ofMyInstitution(applicationId, seenVersion);
        var mission = access.find(application.getMissionId());
        application.shortlist(clock.instant());
        return flushedForInstitution(application, mission);
    }

    /** Selects the expert; the mission is staffed once as many experts as wanted are selected. */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public ApplicationDetails select(long applicationId, long seenVersion) {
        var application = ofMyInstitution(applicationId, seenVersion);
        var mission = recruiting(access.find(application.getMissionId()));
        application.select(clock.instant());
        applications.flush();
        var selected = applications.countByMissionIdAndStatus(mission.getId(), ApplicationStatus.SELECTED);
        if (selected >= mission.getExpertsNeeded()) {
            transitions.move(mission, MissionAction.STAFF, null, "");
        }
        publish(ApplicationMoved.Kind.SELECTED, application, mission);
        return flushedForInstitution(application, mission);
    }

    /** Declines, with an optional private reason (at most 1,000 characters) the expert never reads. */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    public ApplicationDetails decline(long applicationId, long seenVersion, String privateReason) {
        if (privateReason != null && privateReason.length() > 1000) {
            throw new RefusedException("application.reason.tooLong");
        }
        var application = ofMyInstitution(applicationId, seenVersion);
        var mission = access.find(application.getMissionId());
        application.decline(privateReason, clock.instant());
        publish(ApplicationMoved.Kind.DECLINED, application, mission);
        return flushedForInstitution(application, mission);
    }

    /** How the representative's institution answers applications. */
    @PreAuthorize("hasRole('INSTITUTION_REP')")
    @Transactional(readOnly = true)
    public ResponseStats responseStats() {
        var received = applications.receivedBy(access.myInstitution().id());
        var times = received.stream()
                .filter(a -> a.getAnsweredAt() != null)
                .map(a -> Duration.between(a.getAppliedAt(), a.getAnsweredAt()))
                .sorted()
                .toList();
        return new ResponseStats(received.size(), times.size(), times.isEmpty() ? null : times.get(times.size() / 2));
    }

    // ---- helpers

    private Mission recruiting(Mission mission) {
        if (!MissionLifecycle.recruiting(mission.getStatus())) {
            throw new RefusedException("application.notRecruiting");
        }
        var deadline = mission.toDetails().applicationDeadline();
        if (deadline != null && deadline.isBefore(LocalDate.now(clock))) {
            throw new RefusedException("application.deadlinePassed");
        }
        return mission;
    }

    private MissionApplication mine(long applicationId) {
        var me = currentUser.require().id();
        return applications
                .findById(applicationId)
                .filter(a -> Objects.equals(a.getExpertUserId(), me))
                .orElseThrow(() -> new RefusedException("application.none"));
    }

    private MissionApplication ofMyInstitution(long applicationId, long seenVersion) {
        var application =
                applications.findById(applicationId).orElseThrow(() -> new RefusedException("application.none"));
        access.mine(application.getMissionId());
        if (application.getVersion() != seenVersion) {
            throw new RefusedException("application.stale");
        }
        return application;
    }

    private void publish(ApplicationMoved.Kind kind, MissionApplication application, Mission mission) {
        events.publishEvent(new ApplicationMoved(
                kind,
                application.getId(),
                mission.getId(),
                mission.getTitle(),
                mission.getInstitutionId(),
                application.getExpertUserId(),
                expertName(application)));
    }

    private String expertName(MissionApplication application) {
        return experts.ofUser(application.getExpertUserId())
                .map(ExpertAccounts.ExpertRef::displayName)
                .orElse("");
    }

    private ApplicationDetails forExpert(MissionApplication application, Mission mission) {
        return application.toDetails(mission.getTitle(), expertName(application), false);
    }

    private ApplicationDetails forInstitution(MissionApplication application, Mission mission) {
        return application.toDetails(mission.getTitle(), expertName(application), true);
    }

    private ApplicationDetails flushedForExpert(MissionApplication application, Mission mission) {
        applications.flush();
        return forExpert(application, mission);
    }

    private ApplicationDetails flushedForInstitution(MissionApplication application, Mission mission) {
        applications.flush();
        return forInstitution(application, mission);
    }
}
