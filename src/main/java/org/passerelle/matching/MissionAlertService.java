package org.passerelle.matching;

import java.time.Clock;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.matching.internal.AlertSubscription;
import org.passerelle.matching.internal.AlertSubscriptionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An expert chooses whether, and how often, to be mailed new missions that fit them (off unless they opt in). */
@Service
@Transactional
@PreAuthorize("hasRole('EXPERT')")
public class MissionAlertService {

    private final AlertSubscriptionRepository subscriptions;
    private final CurrentUser currentUser;
    private final Clock clock;

    MissionAlertService(AlertSubscriptionRepository subscriptions, CurrentUser currentUser, Clock clock) {
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AlertFrequency myFrequency() {
        return subscriptions
                .findById(currentUser.require().id())
                .map(AlertSubscription::getFrequency)
                .orElse(AlertFrequency.NEVER);
    }

    public void setMyFrequency(AlertFrequency frequency) {
        var me = currentUser.require().id();
        var wanted = frequency == null ? AlertFrequency.NEVER : frequency;
        subscriptions
                .findById(me)
                .ifPresentOrElse(
                        s -> s.setFrequency(wanted),
                        () -> subscriptions.save(new AlertSubscription(me, wanted, clock.instant())));
    }
}
