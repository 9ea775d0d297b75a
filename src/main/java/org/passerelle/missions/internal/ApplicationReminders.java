package org.passerelle.missions.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.passerelle.accounts.AccountContacts;
import org.passerelle.missions.ApplicationMoved;
import org.passerelle.missions.ApplicationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds an institution's representatives, once, of an application left unanswered for {@link #WAIT} (checked every
 * hour).
 */
@Component
public class ApplicationReminders {

    public static final Duration WAIT = Duration.ofDays(5);

    private final MissionApplicationRepository applications;
    private final MissionRepository missions;
    private final AccountContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationReminders(
            MissionApplicationRepository applications,
            MissionRepository missions,
            AccountContacts contacts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.missions = missions;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many. */
    @Scheduled(fixedDelayString = "${passerelle.missions.reminder-check:PT1H}", initialDelayString = "PT5M")
    @Transactional
    public int sendDue() {
        var now = clock.instant();
        var due = applications.waitingSince(Set.of(ApplicationStatus.APPLIED), now.minus(WAIT));
        for (var application : due) {
            applications.markReminded(application.getId(), now);
            missions.findById(application.getMissionId())
                    .ifPresent(mission -> events.publishEvent(new ApplicationMoved(
                            ApplicationMoved.Kind.REMINDER,
                            application.getId(),
                            mission.getId(),
                            mission.getTitle(),
                            mission.getInstitutionId(),
                            application.getExpertUserId(),
                            contacts.of(application.getExpertUserId())
                                    .map(AccountContacts.Contact::displayName)
                                    .orElse(""))));
        }
        return due.size();
    }
}
