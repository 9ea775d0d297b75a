package org.passerelle.institutions;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.institutions.internal.Evidence;
import org.passerelle.institutions.internal.EvidenceCheck;
import org.passerelle.institutions.internal.EvidenceRepository;
import org.passerelle.institutions.internal.Institution;
import org.passerelle.institutions.internal.InstitutionRepository;
import org.passerelle.institutions.internal.JoinRequest;
import org.passerelle.institutions.internal.JoinRequestRepository;
import org.passerelle.shared.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several representatives per institution, and its evidence: a representative gives the evidence document of their
 * institution; a representative without an institution asks to join an existing one, and its representatives approve
 * or reject the request.
 */
@Service
@Transactional
@PreAuthorize("hasRole('INSTITUTION_REP')")
public class InstitutionMembershipService {

    /** A document as stored: its safe file name, content type and bytes. */
    public record Document(String fileName, String contentType, byte[] content) {}

    private final InstitutionRepository institutions;
    private final EvidenceRepository evidence;
    private final JoinRequestRepository requests;
    private final AccountContacts contacts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstitutionMembershipService(
            InstitutionRepository institutions,
            EvidenceRepository evidence,
            JoinRequestRepository requests,
            AccountContacts contacts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.institutions = institutions;
        this.evidence = evidence;
        this.requests = requests;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- evidence

    /** Replaces the evidence document of the representative's institution (a PDF, JPEG or PNG of at most 5 MB). */
    public String uploadEvidence(String fileName, byte[] content) {
        var institution = mine();
        var checked = EvidenceCheck.check(content);
        var name = EvidenceCheck.safeName(fileName, checked.contentType());
        var document = evidence.findById(institution.getId()).orElseGet(() -> new Evidence(institution.getId()));
        document.replace(
                name,
                checked.contentType(),
                checked.content(),
                currentUser.require().id(),
                clock.instant());
        evidence.save(document);
        return name;
    }

    /** The file name of the institution's evidence document, if it gave one. */
    @Transactional(readOnly = true)
    public Optional<String> myEvidenceName() {
        return institutions
                .findByMember(currentUser.require().id())
                .flatMap(i -> evidence.findById(i.getId()))
                .map(Evidence::getFileName);
    }

    // ---- several representatives

    /** The other representatives of the representative's institution (names). */
    @Transactional(readOnly = true)
    public List<String> colleagues() {
        var me = currentUser.require().id();
        return institutions
                .findByMember(me)
                .map(i -> i.getMembers().stream()
                        .filter(id -> id != me)
                        .flatMap(id -> contacts.of(id).stream())
                        .map(AccountContacts.Contact::displayName)
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    /** Institutions one may ask to join: verified or waiting for verification, by name. */
    @Transactional(readOnly = true)
    public List<InstitutionSummary> joinable() {
        return institutions
                .findByStatusInOrderByNameAsc(EnumSet.of(InstitutionStatus.VERIFIED, InstitutionStatus.PENDING))
                .stream()
                .map(Institution::toSummary)
                .toList();
    }

    /** Asks to join an institution (one pending request at a time; not for someone who already has one). */
    public JoinRequestDetails requestToJoin(long institutionId, String message) {
        if (message != null && message.length() > 1000) {
            throw new RefusedException("institution.join.message.tooLong");
        }
        var me = currentUser.require().id();
        if (institutions.findByMember(me).isPresent()) {
            throw new RefusedException("institution.alreadyMember");
        }
        if (requests.findFirstByUserIdAndStatus(me, JoinRequestStatus.PENDING).isPresent()) {
            throw new RefusedException("institution.join.pending");
        }
        var institution = institutions
                .findById(institutionId)
                .filter(i -> i.getStatus() != InstitutionStatus.REJECTED)
                .orElseThrow(() -> new RefusedException("institution.none"));
        var request = requests.save(new JoinRequest(institutionId, me, message, clock.instant()));
        events.publishEvent(new JoinRequested(
                request.getId(), institution.getName(), name(me), Set.copyOf(institution.getMembers()), me, null));
        return view(request, institution);
    }

    /** The signed-in user's latest request to join, if any. */
    @Transactional(readOnly = true)
    public Optional<JoinRequestDetails> myJoinRequest() {
        return requests.findFirstByUserIdOrderByCreatedAtDesc(
                        currentUser.require().id())
                .map(r -> view(r, institutions.findById(r.getInstitutionId()).orElseThrow()));
    }

    public void withdrawJoinRequest() {
        requests.findFirstByUserIdAndStatus(currentUser.require().id(), JoinRequestStatus.PENDING)
                .orElseThrow(() -> new RefusedException("institution.join.none"))
                .withdraw();
    }

    /** Pending requests to join the representative's institution, oldest first. */
    @Transactional(readOnly = true)
    public List<JoinRequestDetails> pendingRequests() {
        return institutions
                .findByMember(currentUser.require().id())
                .map(i ->
                        requests
                                .findByInstitutionIdAndStatusOrderByCreatedAtAsc(i.getId(), JoinRequestStatus.PENDING)
                                .stream()
                                .map(r -> view(r, i))
                                .toList())
                .orElse(List.of());
    }

    /** Approves (the requester becomes a representative) or rejects a request to join the representative's own institution. */
    public void decide(long requestId, boolean approve) {
        var institution = mine();
        var request = requests.findById(requestId)
                .filter(r -> r.getInstitutionId().equals(institution.getId()))
                .orElseThrow(() -> new RefusedException("institution.join.none"));
        if (approve && institutions.findByMember(request.getUserId()).isPresent()) {
            throw new RefusedException("institution.join.alreadyMember");
        }
        request.decide(approve, currentUser.require().id(), clock.instant());
        if (approve) {
            institution.getMembers().add(request.getUserId());
        }
        events.publishEvent(new JoinRequested(
                request.getId(),
                institution.getName(),
                name(request.getUserId()),
                Set.copyOf(institution.getMembers()),
                request.getUserId(),
                request.getStatus()));
    }

    private Institution mine() {
        return institutions
                .findByMember(currentUser.require().id())
                .orElseThrow(() -> new RefusedException("institution.none"));
    }

    private String name(long userId) {
        return contacts.of(userId).map(AccountContacts.Contact::displayName).orElse("");
    }

    private JoinRequestDetails view(JoinRequest request, Institution institution) {
        var contact = contacts.of(request.getUserId());
        return new JoinRequestDetails(
                request.getId(),
                institution.getId(),
                institution.getName(),
                contact.map(AccountContacts.Contact::displayName).orElse(""),
                contact.map(AccountContacts.Contact::email).orElse(""),
                request.getMessage(),
                request.getStatus(),
                request.getCreatedAt());
    }
}
