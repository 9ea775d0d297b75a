package org.passerelle.missions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.Countries;
import org.passerelle.directory.ExpertAccounts;
import org.passerelle.missions.internal.CertificatePdf;
import org.passerelle.missions.internal.MissionAccess;
import org.passerelle.missions.internal.Participants;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An expert selected for a completed mission downloads its certificate (PDF). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EXPERT')")
public class CertificateService {

    private final MissionAccess access;
    private final Participants participants;
    private final ExpertAccounts experts;
    private final Countries countries;
    private final CertificatePdf pdf;
    private final CurrentUser currentUser;
    private final Clock clock;

    CertificateService(
            MissionAccess access,
            Participants participants,
            ExpertAccounts experts,
            Countries countries,
            CertificatePdf pdf,
            CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.participants = participants;
        this.experts = experts;
        this.countries = countries;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in expert may download the mission's certificate. */
    public boolean available(long missionId) {
        var mission = access.find(missionId);
        return MissionLifecycle.closing(mission.getStatus()) && participants.isSelectedExpert(missionId);
    }

    /** The certificate, in the given language; refused unless the expert was selected and the mission completed. */
    public byte[] certificate(long missionId, Locale language) {
        if (!available(missionId)) {
            throw new RefusedException("certificate.unavailable");
        }
        var mission = access.find(missionId).toDetails();
        var me = currentUser.require().id();
        var name = experts.ofUser(me).map(ExpertAccounts.ExpertRef::displayName).orElse("");
        var reference = "PAS-" + mission.id() + "-" + me;
        return pdf.draw(
                mission, name, countries.name(mission.country(), language), reference, LocalDate.now(clock), language);
    }
}
