package org.passerelle.missions;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.missions.internal.Mission;
import org.passerelle.missions.internal.MissionAccess;
import org.passerelle.missions.internal.MissionRepository;
import org.passerelle.missions.internal.MissionTransitions;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A representative writes their institution's missions and carries them through their life: drafts, submission for
 * review, start, completion, cancellation. Every call acts only on the representative's own institution's missions;
 * every change carries the version the user saw.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('INSTITUTION_REP')")
public class MissionService {

    private final MissionRepository missions;
    private final MissionAccess access;
    private final MissionTransitions transitions;
    private final CurrentUser currentUser;
    private final Clock clock;

    MissionService(
            MissionRepository missions,
            MissionAccess access,
            MissionTransitions transitions,
            CurrentUser currentUser,
            Clock clock) {
        this.missions = missions;
        this.access = access;
        this.transitions = transitions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The missions of the representative's institution, most recently changed first (empty without one). */
    @Transactional(readOnly = true)
    public List<MissionDetails> mine() {
        return access.findMyInstitution()
                .map(institution -> missions.findByInstitutionIdOrderByUpdatedAtDesc(institution.id()).stream()
                        .map(Mission::toDetails)
                        .toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public MissionDetails get(long missionId) {
        return access.mine(missionId).toDetails();
    }

    @Transactional(readOnly = true)
    public MissionForm form(long missionId) {
        return access.mine(missionId).toForm();
    }

    @Transactional(readOnly = true)
    public List<MissionTransition> history(long missionId) {
        access.mine(missionId);
        return transitions.history(missionId);
    }

    /** Saves new terms of reference as a draft of the representative's institution. */
    public MissionDetails create(@Valid MissionForm form) {
        var institution = access.myInstitution();
        access.check(form);
        var mission = new Mission(
                institution.id(),
                institution.name(),
                form,
                currentUser.require().id(),
                clock.instant());
        return missions.saveAndFlush(mission).toDetails();
    }

    /** Changes a draft (or a mission sent back for changes). */
    public MissionDetails update(long missionId, long seenVersion, @Valid MissionForm form) {
        var mission = access.mine(missionId);
        MissionAccess.current(mission, seenVersion);
        access.check(form);
        mission.apply(form, clock.instant());
        return flushed(mission);
    }

    /** Sends the mission for review; only a verified institution may. */
    public MissionDetails submit(long missionId, long seenVersion) {
        var mission = access.mine(missionId);
        access.myVerifiedInstitution();
        MissionAccess.current(mission, seenVersion);
        access.check(mission.toForm());
        return move(mission, MissionAction.SUBMIT, "");
    }

    public MissionDetails start(long missionId, long seenVersion) {
        var mission = access.mine(missionId);
        MissionAccess.current(mission, seenVersion);
        return move(mission, MissionAction.START, "");
    }

    public MissionDetails complete(long missionId, long seenVersion) {
        var mission = access.mine(missionId);
        MissionAccess.current(mission, seenVersion);
        return move(mission, MissionAction.COMPLETE, "");
    }

    /** Cancels an open mission, saying why (required, at most 2,000 characters). */
    public MissionDetails cancel(long missionId, long seenVersion, String reason) {
        requireReason(reason);
        var mission = access.mine(missionId);
        MissionAccess.current(mission, seenVersion);
        return move(mission, MissionAction.CANCEL, reason);
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new RefusedException("mission.reason.required");
        }
    }

    private MissionDetails move(Mission mission, MissionAction action, String reason) {
        transitions.move(mission, action, currentUser.require().id(), reason);
        return flushed(mission);
    }

    private MissionDetails flushed(Mission mission) {
        missions.flush();
        return mission.toDetails();
    }
}
