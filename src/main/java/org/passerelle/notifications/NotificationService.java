package org.passerelle.notifications;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.notifications.internal.Notification;
import org.passerelle.notifications.internal.NotificationRepository;
import org.passerelle.notifications.internal.Preference;
import org.passerelle.notifications.internal.PreferenceRepository;
import org.passerelle.notifications.internal.UnsubscribeTokens;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's notification centre and mail preference; and the unsubscribe link, which works without
 * logging in but only with a genuine signed token.
 */
@Service
@Transactional
public class NotificationService {

    /** Until a member chooses, forum mail comes in a daily digest. */
    public static final EmailFrequency DEFAULT = EmailFrequency.DAILY;

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final UnsubscribeTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            PreferenceRepository preferences,
            UnsubscribeTokens tokens,
            CurrentUser currentUser,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationDetails> mine(int limit) {
        return notifications.latest(currentUser.require().id(), PageRequest.of(0, Math.min(limit, 200))).stream()
                .map(Notification::toDetails)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unread() {
        return notifications.countByUserIdAndReadAtIsNull(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        var now = clock.instant();
        notifications.findByUserIdAndReadAtIsNull(currentUser.require().id()).forEach(n -> n.read(now));
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        var me = currentUser.require().id();
        notifications.findById(notificationId).filter(n -> n.getUserId() == me).ifPresent(n -> n.read(clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EmailFrequency myFrequency() {
        return preferences
                .findById(currentUser.require().id())
                .map(Preference::getFrequency)
                .orElse(DEFAULT);
    }

    @PreAuthorize("isAuthenticated()")
    public void setMyFrequency(EmailFrequency frequency) {
        set(currentUser.require().id(), frequency == null ? DEFAULT : frequency);
    }

    /** Stops forum mail for the member the token names; false for a token that is not genuine. */
    @PreAuthorize("permitAll()")
    public boolean unsubscribe(String token) {
        var user = tokens.userOf(token);
        user.ifPresent(id -> set(id, EmailFrequency.NEVER));
        return user.isPresent();
    }

    private void set(long userId, EmailFrequency frequency) {
        preferences
                .findById(userId)
                .ifPresentOrElse(
                        p -> p.setFrequency(frequency),
                        () -> preferences.save(new Preference(userId, frequency, clock.instant())));
    }
}
