package org.passerelle.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.communities.ForumActivityOccurred;
import org.passerelle.notifications.EmailFrequency;
import org.passerelle.notifications.NotificationService;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.UnreadNotifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forum activity becomes notifications in the app, and mail as each member chose: at once, or a daily or weekly
 * digest of what they have not read yet, every mail with a signed unsubscribe link. Mails go through the outbox
 * (sent after commit, retried, never lost).
 */
@Component
public class ForumMail implements UnreadNotifications {

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final UnsubscribeTokens tokens;
    private final PasserelleProperties properties;
    private final Clock clock;

    ForumMail(
            NotificationRepository notifications,
            PreferenceRepository preferences,
            MailComposer composer,
            MailOutbox outbox,
            AccountContacts contacts,
            UnsubscribeTokens tokens,
            PasserelleProperties properties,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.contacts = contacts;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ForumActivityOccurred activity) {
        var now = clock.instant();
        for (var userId : activity.recipients()) {
            var notification = notifications.save(new Notification(
                    userId,
                    activity.kind().name(),
                    activity.topicTitle(),
                    activity.authorName(),
                    activity.link(),
                    now));
            if (frequency(userId) == EmailFrequency.IMMEDIATELY) {
                send(userId, List.of(notification));
            }
        }
    }

    /**
     * Sends the daily and weekly digests due, returns how many: to each member with unread notifications not mailed
     * yet, once a day or week after their last digest (or, before the first, after the oldest of them).
     */
    @Scheduled(fixedDelayString = "${passerelle.notifications.digest-check:PT1H}", initialDelayString = "PT15M")
    @Transactional
    public int sendDigests() {
        var now = clock.instant();
        var sent = 0;
        for (var userId : notifications.withUnmailedUnread()) {
            var preference = preferences.findById(userId).orElse(null);
            var frequency = preference == null ? NotificationService.DEFAULT : preference.getFrequency();
            if (frequency != EmailFrequency.DAILY && frequency != EmailFrequency.WEEKLY) {
                continue;
            }
            var unread = notifications.findByUserIdAndMailedFalseAndReadAtIsNullOrderByCreatedAtAsc(userId);
            var interval = frequency == EmailFrequency.DAILY ? Duration.ofDays(1) : Duration.ofDays(7);
            var since = preference == null ? unread.getFirst().getCreatedAt() : preference.getLastDigestAt();
            if (since.plus(interval).isAfter(now)) {
                continue;
            }
            if (preference == null) {
                preference = preferences.save(new Preference(userId, frequency, now));
            }
            preference.digestSent(now);
            send(userId, unread);
            sent++;
        }
        return sent;
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    private EmailFrequency frequency(long userId) {
        return preferences.findById(userId).map(Preference::getFrequency).orElse(NotificationService.DEFAULT);
    }

    private void send(long userId, List<Notification> items) {
        contacts.of(userId).ifPresent(contact -> {
            var lines = items.stream()
                    .map(n -> "• "
                            + composer.fragment(
                                    contact, "notification.kind." + n.getKind(), n.getActorName(), n.getTitle())
                            + "\n  " + properties.link(n.getLink()))
                    .collect(Collectors.joining("\n\n"));
            var unsubscribe = properties.link("unsubscribe?token=" + tokens.tokenFor(userId));
            outbox.enqueue(composer.compose(contact, "forumActivity", lines, unsubscribe, items.size()));
        });
        items.forEach(Notification::mailed);
    }
}
