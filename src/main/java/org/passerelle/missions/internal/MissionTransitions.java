package org.passerelle.missions.internal;

import java.time.Clock;
import java.util.List;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionMoved;
import org.passerelle.missions.MissionTransition;
import org.passerelle.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The one way a mission changes status: through the state machine, logged, and announced. */
@Component
public class MissionTransitions {

    private final MissionTransitionRepository log;
    private final ApplicationEventPublisher events;
    private final AccountContacts contacts;
    private final Clock clock;

    MissionTransitions(
            MissionTransitionRepository log, ApplicationEventPublisher events, AccountContacts contacts, Clock clock) {
        this.log = log;
        this.events = events;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * Moves the mission, refusing what the state machine forbids.
     *
     * @param actorId who did it, or null when the platform did (e.g. staffed when enough experts are selected)
     */
    public void move(Mission mission, MissionAction action, Long actorId, String reason) {
        var now = clock.instant();
        var from = mission.move(action, now);
        var why = Texts.strip(reason);
        log.save(new MissionTransitionRecord(mission.getId(), from, mission.getStatus(), action, actorId, now, why));
        events.publishEvent(new MissionMoved(
                mission.getId(),
                mission.getTitle(),
                mission.getInstitutionId(),
                from,
                mission.getStatus(),
                action,
                why));
    }

    public List<MissionTransition> history(long missionId) {
        return log.findByMissionIdOrderByAtAscIdAsc(missionId).stream()
                .map(r -> new MissionTransition(
                        r.getFrom(),
                        r.getTo(),
                        r.getAction(),
                        r.getActorId() == null
                                ? null
                                : contacts.of(r.getActorId())
                                        .map(AccountContacts.Contact::displayName)
                                        .orElse(null),
                        r.getAt(),
                        r.getReason()))
                .toList();
    }
}
