package org.passerelle.missions;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.institutions.Representation;
import org.passerelle.missions.internal.Message;
import org.passerelle.missions.internal.MessageRepository;
import org.passerelle.missions.internal.MissionAccess;
import org.passerelle.missions.internal.Participants;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's private discussion between its institution's representatives and its selected experts. Messages are
 * Markdown, rendered and sanitised once when written.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTITUTION_REP', 'EXPERT')")
public class MissionDiscussionService {

    public static final int MAX_LENGTH = 5000;

    private final Participants participants;
    private final MissionAccess access;
    private final MessageRepository messages;
    private final Representation representation;
    private final AccountContacts contacts;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final RateLimiter rateLimiter;

    MissionDiscussionService(
            RateLimiter rateLimiter,
            Participants participants,
            MissionAccess access,
            MessageRepository messages,
            Representation representation,
            AccountContacts contacts,
            CurrentUser currentUser,
            Clock clock) {
        this.rateLimiter = rateLimiter;
        this.participants = participants;
        this.access = access;
        this.messages = messages;
        this.representation = representation;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in user takes part in the mission's discussion. */
    @Transactional(readOnly = true)
    public boolean participates(long missionId) {
        return participants.takesPart(access.find(missionId));
    }

    @Transactional(readOnly = true)
    public List<MissionMessage> messages(long missionId) {
        var mission = participants.participating(missionId);
        var reps = representation.representatives(mission.getInstitutionId());
        return messages.findByMissionIdOrderByCreatedAtAscIdAsc(missionId).stream()
                .map(m -> new MissionMessage(
                        m.getId(),
                        contacts.of(m.getAuthorId())
                                .map(AccountContacts.Contact::displayName)
                                .orElse(""),
                        reps.contains(m.getAuthorId()),
                        m.getBodyHtml(),
                        m.getCreatedAt()))
                .toList();
    }

    /** Posts a message (1 to {@link #MAX_LENGTH} characters of Markdown). */
    public void post(long missionId, String markdown) {
        if (markdown == null || markdown.isBlank() || markdown.length() > MAX_LENGTH) {
            throw new RefusedException("discussion.length");
        }
        var mission = participants.participating(missionId);
        if (mission.getStatus() == MissionStatus.CANCELLED) {
            throw new RefusedException("discussion.closed");
        }
        rateLimiter.check(RateLimit.POSTING);
        messages.save(new Message(
                missionId, currentUser.require().id(), Markdown.toSafeHtml(markdown.strip()), clock.instant()));
    }
}
