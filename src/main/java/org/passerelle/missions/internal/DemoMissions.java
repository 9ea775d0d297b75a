package org.passerelle.missions.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.communities.ForumPublisher;
import org.passerelle.directory.ExpertAccounts;
import org.passerelle.institutions.Representation;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.internal.DemoMissionsFile.Apply;
import org.passerelle.missions.internal.DemoMissionsFile.Invite;
import org.passerelle.missions.internal.DemoMissionsFile.Move;
import org.passerelle.missions.internal.DemoMissionsFile.Note;
import org.passerelle.missions.internal.DemoMissionsFile.Results;
import org.passerelle.missions.internal.DemoMissionsFile.Review;
import org.passerelle.missions.internal.DemoMissionsFile.Step;
import org.passerelle.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo missions of the verified ministry (default profile, none yet), read from {@code demo/missions.json}: one in
 * every state of the life cycle, with applications, an invitation, a selection, outcomes and feedback. Dr. Fatou
 * Diallo (expert@passerelle.demo) has applied to one, and took part in a completed one whose certificate she can
 * download. The same at every start: nothing is random; dates are counted from the day the demo starts.
 */
@Component
@Profile("default")
class DemoMissions {

    private static final Logger log = LoggerFactory.getLogger(DemoMissions.class);
    static final String FILE = "/demo/missions.json";

    private final MissionRepository missions;
    private final MissionApplicationRepository applications;
    private final MissionTransitions transitions;
    private final OutcomeRepository outcomes;
    private final FeedbackRepository feedback;
    private final MessageRepository messages;
    private final MissionSummaryRepository summaries;
    private final AccountSeeder accounts;
    private final Representation representation;
    private final ExpertAccounts experts;
    private final ForumPublisher publisher;
    private final JdbcClient jdbc;
    private final SystemTasks system;
    private final Clock clock;

    DemoMissions(
            MissionRepository missions,
            MissionApplicationRepository applications,
            MissionTransitions transitions,
            OutcomeRepository outcomes,
            FeedbackRepository feedback,
            MessageRepository messages,
            MissionSummaryRepository summaries,
            AccountSeeder accounts,
            Representation representation,
            ExpertAccounts experts,
            ForumPublisher publisher,
            JdbcClient jdbc,
            SystemTasks system,
            Clock clock) {
        this.system = system;
        this.missions = missions;
        this.applications = applications;
        this.transitions = transitions;
        this.outcomes = outcomes;
        this.feedback = feedback;
        this.messages = messages;
        this.summaries = summaries;
        this.accounts = accounts;
        this.representation = representation;
        this.experts = experts;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Transactional
    public void createIfEmpty() {
        system.run(this::createFromFile);
    }

    private void createFromFile() {
        if (missions.count() > 0) {
            return;
        }
        if (!create(read()).isEmpty()) {
            log.info("Demo missions: {} missions in every state of the life cycle", missions.count());
        }
    }

    /**
     * Creates the file's missions in order, each followed by its steps; none if an account the file names, or the
     * representative's institution, is missing. Returns them.
     */
    List<Mission> create(DemoMissionsFile file) {
        var people = new HashMap<String, Long>();
        for (var email : file.people()) {
            var id = accounts.idOf(email);
            if (id.isEmpty()) {
                return List.of();
            }
            people.put(email, id.get());
        }
        var rep = people.get(file.representative());
        var institution = representation.institutionOf(rep).orElse(null);
        if (institution == null) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        var now = clock.instant();
        var created = new ArrayList<Mission>();
        for (var demo : file.missions()) {
            var mission = missions.saveAndFlush(
                    new Mission(institution.id(), institution.name(), demo.form(today), rep, clock.instant()));
            demo.steps().forEach(step -> play(mission, step, people, now));
            created.add(mission);
        }
        missions.flush();
        applications.flush();
        new DemoTimeline(jdbc, clock)
                .spread(created.stream().map(Mission::getId).toList());
        return created;
    }

    private void play(Mission mission, Step step, Map<String, Long> people, Instant now) {
        var id = mission.getId();
        switch (step) {
            case Move move ->
                transitions.move(
                        mission,
                        move.move(),
                        move.by() == null ? null : people.get(move.by()),
                        move.reason() == null ? "" : move.reason());
            case Apply apply -> {
                var expert = people.get(apply.apply());
                var profile = experts.ofUser(expert).orElseThrow();
                var application = applications.save(MissionApplication.applied(
                        id, expert, profile.profileId(), new ApplicationForm(apply.motivation(), ""), now));
                if (apply.selected()) {
                    application.select(now);
                }
            }
            case Invite invite -> {
                var expert = people.get(invite.invite());
                var profile = experts.ofUser(expert).orElseThrow();
                applications.save(MissionApplication.invited(id, expert, profile.profileId(), invite.text(), now));
            }
            case Note note -> messages.save(new Message(id, people.get(note.from()), note.message(), now));
            case Results results -> {
                var outcome = new Outcome(id);
                outcome.record(results.outcome(), people.get(results.by()), now);
                outcomes.save(outcome);
            }
            case Review review ->
                feedback.save(new Feedback(
                        id,
                        people.get(review.by()),
                        people.get(review.expert()),
                        review.aboutExpert(),
                        review.feedback(),
                        now));
        }
    }

    /** Once the demo communities exist: the summaries of the file's missions, published in their sector's community. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(45)
    @Transactional
    public void publishSummaryIfNone() {
        system.run(this::publishSummariesFromFile);
    }

    private void publishSummariesFromFile() {
        if (summaries.count() > 0) {
            return;
        }
        publishSummaries(read());
    }

    /** Publishes each summary the file has, under its mission's title, and features it if said so. */
    void publishSummaries(DemoMissionsFile file) {
        for (var demo : file.missions()) {
            var text = demo.forumSummary();
            var by = text == null ? null : accounts.idOf(text.by()).orElse(null);
            var mission = missions.findAll().stream()
                    .filter(m -> m.getTitle().equals(demo.title()))
                    .findFirst()
                    .orElse(null);
            if (by == null || mission == null) {
                continue;
            }
            var sector =
                    mission.toDetails().sectors().stream().sorted().findFirst().orElse(null);
            try {
                var topicId = publisher.publish(sector, by, mission.getTitle(), text.text());
                var summary = new MissionSummary(mission.getId());
                summary.published(text.text(), topicId, by, clock.instant());
                summary.setFeatured(text.featured());
                summaries.save(summary);
            } catch (RefusedException noCommunity) {
                log.info("Demo summary not published: no community for sector {}", sector);
            }
        }
    }

    /** The file; a number it leaves out is 0, a flag false. */
    static DemoMissionsFile read() {
        try (var in = DemoMissions.class.getResourceAsStream(FILE)) {
            return JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build()
                    .readValue(in, DemoMissionsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
