package org.passerelle.directory;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.internal.QualificationRecord;
import org.passerelle.directory.internal.QualificationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moderators and administrators verify experts' qualifications after checking the evidence. */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
@Transactional
public class QualificationReviewService {

    /** A qualification waiting for verification, with the expert it belongs to. */
    public record Pending(long profileId, String expertName, Qualification qualification) {}

    private final QualificationRepository qualifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    QualificationReviewService(QualificationRepository qualifications, CurrentUser currentUser, Clock clock) {
        this.qualifications = qualifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Pending> pending(int limit) {
        return qualifications.findPending(PageRequest.of(0, Math.min(limit, 500))).stream()
                .map(q -> new Pending(
                        q.getProfile().getId(), q.getProfile().toForm().getDisplayName(), q.toQualification()))
                .toList();
    }

    public void verify(long qualificationId) {
        find(qualificationId).verify(currentUser.require().id(), clock.instant());
    }

    public void withdraw(long qualificationId) {
        find(qualificationId).withdrawVerification();
    }

    private QualificationRecord find(long id) {
        return qualifications.findById(id).orElseThrow(() -> new IllegalArgumentException("No qualification " + id));
    }
}
