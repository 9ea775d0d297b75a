package org.passerelle.missions.internal;

import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;

/** Who takes part in a mission once experts are selected: its institution's representatives and those experts. */
@Component
public class Participants {

    private final MissionAccess access;
    private final MissionApplicationRepository applications;
    private final CurrentUser currentUser;

    Participants(MissionAccess access, MissionApplicationRepository applications, CurrentUser currentUser) {
        this.access = access;
        this.applications = applications;
        this.currentUser = currentUser;
    }

    /** The account ids of the selected experts. */
    public List<Long> selectedExperts(long missionId) {
        return applications.findByMissionIdAndStatus(missionId, ApplicationStatus.SELECTED).stream()
                .map(MissionApplication::getExpertUserId)
                .toList();
    }

    public boolean isSelectedExpert(long missionId) {
        return currentUser
                .get()
                .map(u -> selectedExperts(missionId).contains(u.id()))
                .orElse(false);
    }

    /** Whether the signed-in user represents the mission's institution or is one of its selected experts. */
    public boolean takesPart(Mission mission) {
        return access.isMine(mission) || isSelectedExpert(mission.getId());
    }

    /** The mission, if the signed-in user takes part in it; refused otherwise. */
    public Mission participating(long missionId) {
        var mission = access.find(missionId);
        if (!takesPart(mission)) {
            throw new RefusedException("mission.none");
        }
        return mission;
    }
}
