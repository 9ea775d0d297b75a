package org.passerelle.institutions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.institutions.internal.EvidenceRepository;
import org.passerelle.institutions.internal.Institution;
import org.passerelle.institutions.internal.InstitutionRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators verify institutions, or reject them with a reason the representatives read. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class InstitutionReviewService {

    private final InstitutionRepository institutions;
    private final EvidenceRepository evidence;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstitutionReviewService(
            InstitutionRepository institutions,
            EvidenceRepository evidence,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.institutions = institutions;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InstitutionDetails> pending() {
        return institutions.findByStatusOrderByCreatedAtAsc(InstitutionStatus.PENDING).stream()
                .map(Institution::toDetails)
                .toList();
    }

    public InstitutionDetails verify(long institutionId) {
        var institution = find(institutionId);
        institution.verify(currentUser.require().id(), clock.instant());
        return reviewed(institution);
    }

    /** Rejects with a reason (required, at most 1,000 characters). */
    public InstitutionDetails reject(long institutionId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new RefusedException("institution.reject.reason");
        }
        var institution = find(institutionId);
        institution.reject(reason.strip(), currentUser.require().id(), clock.instant());
        return reviewed(institution);
    }

    /** The evidence document an institution gave, if any. */
    @Transactional(readOnly = true)
    public Optional<InstitutionMembershipService.Document> evidence(long institutionId) {
        return evidence.findById(institutionId)
                .map(e ->
                        new InstitutionMembershipService.Document(e.getFileName(), e.getContentType(), e.getContent()));
    }

    private InstitutionDetails reviewed(Institution institution) {
        var view = institution.toDetails();
        events.publishEvent(new InstitutionReviewed(
                view.id(), view.name(), view.status(), view.rejectionReason(), Set.copyOf(institution.getMembers())));
        return view;
    }

    private Institution find(long id) {
        return institutions.findById(id).orElseThrow(() -> new RefusedException("institution.none"));
    }
}
