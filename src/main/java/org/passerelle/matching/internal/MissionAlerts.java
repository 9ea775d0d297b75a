package org.passerelle.matching.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Vocabulary;
import org.passerelle.matching.AlertFrequency;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.MatchTier;
import org.passerelle.matching.MatchingMissionsFound;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionMoved;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.missions.MissionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a mission is published, finds the subscribed experts it fits — ranked among its candidates as a strong or
 * partial match, and not away during the mission — and alerts them at once or queues it for their daily or weekly
 * digest.
 */
@Component
public class MissionAlerts {

    /** How far down the candidate list alerts go. */
    static final int CANDIDATES = 500;

    /**
     * The matching runs for the experts' own benefit, but uses only what they share with members and verified
     * institutions (never sections kept to themselves).
     */
    private static final Viewer ALERT_VIEWER = new Viewer(null, true, true, false);

    private final CandidateQueries candidates;
    private final MissionQueryService board;
    private final AlertSubscriptionRepository subscriptions;
    private final PendingAlertRepository pending;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Vocabulary vocabulary;

    MissionAlerts(
            CandidateQueries candidates,
            MissionQueryService board,
            AlertSubscriptionRepository subscriptions,
            PendingAlertRepository pending,
            ApplicationEventPublisher events,
            Clock clock,
            Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.candidates = candidates;
        this.board = board;
        this.subscriptions = subscriptions;
        this.pending = pending;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MissionMoved moved) {
        if (moved.action() == MissionAction.PUBLISH) {
            alert(moved.missionId());
        }
    }

    /** Alerts (or queues for a digest) the subscribed experts the mission fits well; returns how many. */
    @Transactional
    public int alert(long missionId) {
        var mission = board.view(missionId).orElse(null);
        if (mission == null || mission.status() != MissionStatus.PUBLISHED) {
            return 0;
        }
        var side = MatchExplainer.MissionSide.of(mission, vocabulary);
        var words = SharedWords.of(side);
        var fitting = candidates.rank(mission, side, ALERT_VIEWER, CANDIDATES).stream()
                .filter(row -> fits(MatchExplainer.explain(side, row.side(ALERT_VIEWER, words), vocabulary)))
                .map(CandidateRow::userId)
                .toList();
        if (fitting.isEmpty()) {
            return 0;
        }
        var now = clock.instant();
        var subscribed = subscriptions.findByUserIdInAndFrequencyNot(fitting, AlertFrequency.NEVER);
        for (var subscription : subscribed) {
            if (subscription.getFrequency() == AlertFrequency.IMMEDIATELY) {
                events.publishEvent(new MatchingMissionsFound(
                        subscription.getUserId(),
                        List.of(new MatchingMissionsFound.Mission(mission.id(), mission.title()))));
            } else if (!pending.existsByUserIdAndMissionId(subscription.getUserId(), mission.id())) {
                pending.save(new PendingAlert(subscription.getUserId(), mission.id(), now));
            }
        }
        return subscribed.size();
    }

    /** Shares a concept or a telling word with the mission, and did not say they are away during it. */
    private static boolean fits(MatchExplainer.Explained why) {
        return why.tier() != MatchTier.SECTOR_ONLY
                && why.criteria().stream()
                        .noneMatch(c -> c.criterion() == MatchCriterion.Criterion.AVAILABILITY
                                && c.outcome() == MatchCriterion.Outcome.NOT_MET);
    }

    /** Sends the digests that are due (daily and weekly), listing the missions still open; returns how many. */
    @Scheduled(fixedDelayString = "${passerelle.alerts.digest-check:PT1H}", initialDelayString = "PT10M")
    @Transactional
    public int sendDigests() {
        var now = clock.instant();
        var sent = 0;
        for (var subscription :
                subscriptions.findByFrequencyIn(EnumSet.of(AlertFrequency.DAILY, AlertFrequency.WEEKLY))) {
            var interval = subscription.getFrequency().interval();
            if (subscription.getLastDigestAt().plus(interval).isAfter(now)) {
                continue;
            }
            var queued = pending.findByUserIdOrderByCreatedAtAsc(subscription.getUserId());
            if (queued.isEmpty()) {
                continue;
            }
            var open = new LinkedHashMap<Long, MatchingMissionsFound.Mission>();
            board.publicViews(queued.stream().map(PendingAlert::getMissionId).toList()).stream()
                    .filter(m -> m.status() == MissionStatus.PUBLISHED)
                    .forEach(m -> open.put(m.id(), new MatchingMissionsFound.Mission(m.id(), m.title())));
            pending.deleteAll(queued);
            subscription.digestSent(now);
            if (!open.isEmpty()) {
                events.publishEvent(new MatchingMissionsFound(subscription.getUserId(), List.copyOf(open.values())));
                sent++;
            }
        }
        return sent;
    }
}
