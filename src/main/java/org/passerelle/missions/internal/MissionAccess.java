package org.passerelle.missions.internal;

import java.util.Optional;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.institutions.InstitutionDetails;
import org.passerelle.institutions.InstitutionStatus;
import org.passerelle.institutions.Representation;
import org.passerelle.missions.MissionForm;
import org.passerelle.shared.RefusedException;
import org.springframework.stereotype.Component;

/**
 * Object-level checks shared by the mission services: the signed-in representative's institution owns the mission,
 * the version the user saw is still current, the form's references exist.
 */
@Component
public class MissionAccess {

    private final MissionRepository missions;
    private final CurrentUser currentUser;
    private final Representation representation;
    private final Countries countries;
    private final Languages languages;
    private final SectorService sectors;

    MissionAccess(
            MissionRepository missions,
            CurrentUser currentUser,
            Representation representation,
            Countries countries,
            Languages languages,
            SectorService sectors) {
        this.missions = missions;
        this.currentUser = currentUser;
        this.representation = representation;
        this.countries = countries;
        this.languages = languages;
        this.sectors = sectors;
    }

    /** The signed-in representative's institution, if they have one. */
    public Optional<InstitutionDetails> findMyInstitution() {
        return representation.institutionOf(currentUser.require().id());
    }

    /** The signed-in representative's institution, or refused. */
    public InstitutionDetails myInstitution() {
        return findMyInstitution().orElseThrow(() -> new RefusedException("mission.noInstitution"));
    }

    public InstitutionDetails myVerifiedInstitution() {
        var institution = myInstitution();
        if (institution.status() != InstitutionStatus.VERIFIED) {
            throw new RefusedException("mission.institution.unverified");
        }
        return institution;
    }

    /** A mission of the signed-in representative's institution; any other looks as if it did not exist. */
    public Mission mine(long missionId) {
        var institution = myInstitution();
        return missions.findById(missionId)
                .filter(m -> m.getInstitutionId() == institution.id())
                .orElseThrow(() -> new RefusedException("mission.none"));
    }

    /** Whether the signed-in user represents the institution owning the mission. */
    public boolean isMine(Mission mission) {
        return currentUser
                .get()
                .flatMap(user -> representation.institutionOf(user.id()))
                .map(i -> i.id() == mission.getInstitutionId())
                .orElse(false);
    }

    public Mission find(long missionId) {
        return missions.findById(missionId).orElseThrow(() -> new RefusedException("mission.none"));
    }

    /** Refuses to act on a mission that changed since the user loaded it. */
    public static void current(Mission mission, long seenVersion) {
        if (mission.getVersion() != seenVersion) {
            throw new RefusedException("mission.stale");
        }
    }

    /** Refuses a form whose fields disagree or that names unknown sectors, countries or languages. */
    public void check(MissionForm form) {
        var problems = form.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.getFirst());
        }
        if (!countries.isKnown(form.getCountry())) {
            throw new RefusedException("mission.country.required");
        }
        var known = sectors.active().stream().map(SectorInfo::code).toList();
        if (!known.containsAll(form.getSectors())) {
            throw new RefusedException("mission.sectors.required");
        }
        if (form.getLanguages().stream().anyMatch(l -> !languages.isKnown(l.language()))) {
            throw new RefusedException("mission.languages.incomplete");
        }
    }
}
