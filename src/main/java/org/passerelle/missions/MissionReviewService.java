package org.passerelle.missions;

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

/** Administrators review submitted missions: publish them, or send them back with the changes wanted. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class MissionReviewService {

    private final MissionRepository missions;
    private final MissionTransitions transitions;
    private final CurrentUser currentUser;

    MissionReviewService(MissionRepository missions, MissionTransitions transitions, CurrentUser currentUser) {
        this.missions = missions;
        this.transitions = transitions;
        this.currentUser = currentUser;
    }

    /** Missions waiting for review, oldest first. */
    @Transactional(readOnly = true)
    public List<MissionDetails> submitted() {
        return missions.findByStatusOrderByUpdatedAtAsc(MissionStatus.SUBMITTED).stream()
                .map(Mission::toDetails)
                .toList();
    }

    @Transactional(readOnly = true)
    public MissionDetails get(long missionId) {
        return find(missionId).toDetails();
    }

    @Transactional(readOnly = true)
    public List<MissionTransition> history(long missionId) {
        find(missionId);
        return transitions.history(missionId);
    }

    public MissionDetails publish(long missionId, long seenVersion) {
        return move(missionId, seenVersion, MissionAction.PUBLISH, "");
    }

    /** Sends the mission back to its institution; the reason (required) says what to change. */
    public MissionDetails requestChanges(long missionId, long seenVersion, String reason) {
        MissionService.requireReason(reason);
        return move(missionId, seenVersion, MissionAction.REQUEST_CHANGES, reason);
    }

    /** Cancels any open mission (e.g. abusive or duplicate), with a reason. */
    public MissionDetails cancel(long missionId, long seenVersion, String reason) {
        MissionService.requireReason(reason);
        return move(missionId, seenVersion, MissionAction.CANCEL, reason);
    }

    private MissionDetails move(long missionId, long seenVersion, MissionAction action, String reason) {
        var mission = find(missionId);
        MissionAccess.current(mission, seenVersion);
        transitions.move(mission, action, currentUser.require().id(), reason);
        missions.flush();
        return mission.toDetails();
    }

    private Mission find(long missionId) {
        return missions.findById(missionId).orElseThrow(() -> new RefusedException("mission.none"));
    }
}
