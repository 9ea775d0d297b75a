package org.passerelle.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.moderation.internal.Penalty;
import org.passerelle.moderation.internal.PenaltyMessage;
import org.passerelle.moderation.internal.PenaltyMessageRepository;
import org.passerelle.moderation.internal.PenaltyRepository;
import org.passerelle.shared.RateLimit;
import org.passerelle.shared.RateLimiter;
import org.passerelle.shared.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private thread under a warning, silence or suspension (as a Discourse warning is a private message): the
 * member can answer, and any moderator can answer back. Only the member concerned and the staff may read or write
 * it; anyone else is refused as if it did not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class StaffMessageService {

    public static final int MAX_LENGTH = 4000;

    /** A message was added to a thread; {@code recipientId} is told (the member, or the moderator who acted). */
    public record StaffMessageSent(long penaltyId, long recipientId, String authorName, String text) {}

    public record Message(String authorName, boolean fromStaff, String text, Instant at) {}

    public record Thread(
            long penaltyId,
            long memberId,
            String memberName,
            PenaltyKind kind,
            String reason,
            String moderatorName,
            Instant at,
            Instant until,
            boolean lifted,
            List<Message> messages) {}

    /** One line of a list of threads; {@code awaitingStaff} when the member wrote last. */
    public record Summary(
            long penaltyId,
            String memberName,
            PenaltyKind kind,
            String reason,
            Instant lastAt,
            int replies,
            boolean awaitingStaff) {}

    private final PenaltyRepository penalties;
    private final PenaltyMessageRepository messages;
    private final CurrentUser currentUser;
    private final AccountContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final RateLimiter rateLimiter;

    StaffMessageService(
            RateLimiter rateLimiter,
            PenaltyRepository penalties,
            PenaltyMessageRepository messages,
            CurrentUser currentUser,
            AccountContacts contacts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rateLimiter = rateLimiter;
        this.penalties = penalties;
        this.messages = messages;
        this.currentUser = currentUser;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user is staff (sees every thread). */
    @Transactional(readOnly = true)
    public boolean staff() {
        return currentUser.require().staff();
    }

    /** The signed-in member's own threads, newest first; for staff, the latest 200 threads, unanswered first. */
    @Transactional(readOnly = true)
    public List<Summary> threads() {
        var me = currentUser.require();
        var list = me.staff()
                ? penalties.findTop200ByOrderByCreatedAtDesc()
                : penalties.findByUserIdOrderByCreatedAtDesc(me.id());
        var summaries = list.stream().map(this::summary);
        if (me.staff()) {
            summaries = summaries.sorted(Comparator.comparing(Summary::awaitingStaff)
                    .reversed()
                    .thenComparing(Summary::lastAt, Comparator.reverseOrder()));
        }
        return summaries.toList();
    }

    @Transactional(readOnly = true)
    public Thread thread(long penaltyId) {
        var penalty = readable(penaltyId);
        var shown = messages.findByPenaltyIdOrderByCreatedAtAsc(penaltyId).stream()
                .map(m -> new Message(
                        name(m.getAuthorId()),
                        !m.getAuthorId().equals(penalty.getUserId()),
                        m.getBody(),
                        m.getCreatedAt()))
                .toList();
        return new Thread(
                penalty.getId(),
                penalty.getUserId(),
                name(penalty.getUserId()),
                penalty.getKind(),
                penalty.getReason(),
                name(penalty.getCreatedBy()),
                penalty.getCreatedAt(),
                penalty.getEndsAt(),
                penalty.getLiftedAt() != null,
                shown);
    }

    /** Adds a message (plain text, 1 to 4,000 characters) to the thread; tells the other side. */
    public void reply(long penaltyId, String text) {
        var penalty = readable(penaltyId);
        var body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RefusedException("staffMessage.required");
        }
        if (body.length() > MAX_LENGTH) {
            throw new RefusedException("staffMessage.tooLong");
        }
        rateLimiter.check(RateLimit.POSTING);
        var me = currentUser.require();
        messages.save(new PenaltyMessage(penaltyId, me.id(), body, clock.instant()));
        var fromMember = me.id() == penalty.getUserId();
        var recipient = fromMember ? penalty.getCreatedBy() : penalty.getUserId();
        events.publishEvent(new StaffMessageSent(penaltyId, recipient, me.displayName(), body));
    }

    private Penalty readable(long penaltyId) {
        var me = currentUser.require();
        return penalties
                .findById(penaltyId)
                .filter(p -> me.staff() || p.getUserId() == me.id())
                .orElseThrow(() -> new RefusedException("staffMessage.notFound"));
    }

    private Summary summary(Penalty penalty) {
        var thread = messages.findByPenaltyIdOrderByCreatedAtAsc(penalty.getId());
        var last = thread.isEmpty() ? null : thread.getLast();
        return new Summary(
                penalty.getId(),
                name(penalty.getUserId()),
                penalty.getKind(),
                penalty.getReason(),
                last == null ? penalty.getCreatedAt() : last.getCreatedAt(),
                thread.size(),
                last != null && last.getAuthorId().equals(penalty.getUserId()));
    }

    private String name(long userId) {
        return contacts.of(userId).map(AccountContacts.Contact::displayName).orElse("");
    }
}
