package org.passerelle.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.accounts.AccountSuspensions;
import org.passerelle.moderation.internal.Moderators;
import org.passerelle.moderation.internal.Penalty;
import org.passerelle.moderation.internal.PenaltyRepository;
import org.passerelle.moderation.internal.StaffLog;
import org.passerelle.shared.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to members, with a reason and (for silences and suspensions) an end date after which it lifts
 * by itself: warn (a private message by mail), silence (no posting), suspend (no login, sessions ended). Logged.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class MemberModerationService {

    /** The member is told of a warning, silence or suspension (by mail); they can answer under it. */
    public record MemberPenalized(long penaltyId, long userId, PenaltyKind kind, String reason, Instant until) {}

    public static final Duration LONGEST = Duration.ofDays(3650);

    private final PenaltyRepository penalties;
    private final AccountSuspensions suspensions;
    private final Moderators moderators;
    private final StaffLog log;
    private final ApplicationEventPublisher events;
    private final AccountContacts contacts;
    private final Clock clock;

    MemberModerationService(
            PenaltyRepository penalties,
            AccountSuspensions suspensions,
            Moderators moderators,
            StaffLog log,
            ApplicationEventPublisher events,
            AccountContacts contacts,
            Clock clock) {
        this.penalties = penalties;
        this.suspensions = suspensions;
        this.moderators = moderators;
        this.log = log;
        this.events = events;
        this.contacts = contacts;
        this.clock = clock;
    }

    public void warn(long userId, String message) {
        penalize(userId, PenaltyKind.WARNING, message, null);
    }

    /** Stops the member from posting for this long (1 hour to 10 years). */
    public void silence(long userId, Duration duration, String reason) {
        penalize(userId, PenaltyKind.SILENCE, reason, duration);
    }

    /** Stops the member from logging in for this long (their open sessions end now). */
    public void suspend(long userId, Duration duration, String reason) {
        penalize(userId, PenaltyKind.SUSPENSION, reason, duration);
    }

    /** A silence or suspension in force. */
    public record ActivePenalty(long userId, String name, PenaltyKind kind, String reason, Instant until) {}

    /** Silences and suspensions in force now, soonest ending first. */
    @Transactional(readOnly = true)
    public List<ActivePenalty> active() {
        moderators.requireStaff();
        var now = clock.instant();
        return penalties.findAll().stream()
                .filter(p -> p.getKind() != PenaltyKind.WARNING && p.activeAt(now))
                .sorted(Comparator.comparing(Penalty::getEndsAt))
                .map(p -> new ActivePenalty(
                        p.getUserId(),
                        contacts.of(p.getUserId())
                                .map(AccountContacts.Contact::displayName)
                                .orElse(""),
                        p.getKind(),
                        p.getReason(),
                        p.getEndsAt()))
                .toList();
    }

    /** Lifts the member's silences and suspension before their end. */
    public void lift(long userId, String reason) {
        var me = moderators.requireStaff();
        StaffLog.checkReason(reason);
        var now = clock.instant();
        for (var kind : List.of(PenaltyKind.SILENCE, PenaltyKind.SUSPENSION)) {
            penalties.findByUserIdAndKindAndLiftedAtIsNull(userId, kind).forEach(p -> p.lift(now));
        }
        suspensions.lift(userId);
        log.record(null, me, StaffActionType.LIFT_PENALTY, userId, null, null, reason);
    }

    private void penalize(long userId, PenaltyKind kind, String reason, Duration duration) {
        var me = moderators.requireStaff();
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("moderation.reason.required");
        }
        StaffLog.checkReason(reason);
        if (me == userId) {
            throw new RefusedException("moderation.self");
        }
        var now = clock.instant();
        Instant until = null;
        if (kind != PenaltyKind.WARNING) {
            if (duration == null || duration.compareTo(Duration.ofHours(1)) < 0 || duration.compareTo(LONGEST) > 0) {
                throw new RefusedException("moderation.duration.range");
            }
            until = now.plus(duration);
        }
        var penalty = penalties.save(new Penalty(userId, kind, reason, me, now, until));
        if (kind == PenaltyKind.SUSPENSION) {
            suspensions.suspend(userId, until);
        }
        var action = switch (kind) {
            case WARNING -> StaffActionType.WARN;
            case SILENCE -> StaffActionType.SILENCE;
            case SUSPENSION -> StaffActionType.SUSPEND;
        };
        log.record(null, me, action, userId, null, null, reason);
        events.publishEvent(new MemberPenalized(penalty.getId(), userId, kind, reason.strip(), until));
    }
}
