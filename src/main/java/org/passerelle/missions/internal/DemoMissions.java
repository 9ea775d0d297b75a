package org.passerelle.missions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.directory.ExpertAccounts;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.institutions.Representation;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.FeedbackForm;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionForm;
import org.passerelle.missions.OutcomeForm;
import org.passerelle.missions.WorkMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo missions of the verified ministry (default profile, none yet), one in every state of the life cycle, with
 * applications, an invitation, a selection, outcomes and feedback. Dr. Fatou Diallo (expert@passerelle.demo) has
 * applied to one, and took part in a completed one whose certificate she can download.
 */
@Component
@Profile("default")
class DemoMissions {

    private static final Logger log = LoggerFactory.getLogger(DemoMissions.class);

    private final MissionRepository missions;
    private final MissionApplicationRepository applications;
    private final MissionTransitions transitions;
    private final OutcomeRepository outcomes;
    private final FeedbackRepository feedback;
    private final MessageRepository messages;
    private final AccountSeeder accounts;
    private final Representation representation;
    private final ExpertAccounts experts;
    private final Clock clock;
    private final MissionSummaryRepository summaries;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.passerelle.communities.ForumPublisher publisher;

    DemoMissions(
            MissionRepository missions,
            MissionApplicationRepository applications,
            MissionTransitions transitions,
            OutcomeRepository outcomes,
            FeedbackRepository feedback,
            MessageRepository messages,
            AccountSeeder accounts,
            Representation representation,
            ExpertAccounts experts,
            Clock clock,
            MissionSummaryRepository summaries,
            org.passerelle.communities.ForumPublisher publisher,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.missions = missions;
        this.applications = applications;
        this.transitions = transitions;
        this.outcomes = outcomes;
        this.feedback = feedback;
        this.messages = messages;
        this.accounts = accounts;
        this.representation = representation;
        this.experts = experts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Transactional
    public void createIfEmpty() {
        if (missions.count() > 0) {
            return;
        }
        var rep = accounts.idOf("institution@passerelle.demo").orElse(null);
        var admin = accounts.idOf("admin@passerelle.demo").orElse(null);
        var fatou = accounts.idOf("expert@passerelle.demo").orElse(null);
        var jean = accounts.idOf("engineer@passerelle.demo").orElse(null);
        var ministry = rep == null ? null : representation.institutionOf(rep).orElse(null);
        if (ministry == null || admin == null || fatou == null || jean == null) {
            return;
        }
        var today = LocalDate.now(clock);
        var now = clock.instant();

        create(
                ministry.id(),
                ministry.name(),
                rep,
                form(
                        "Formation en chirurgie pédiatrique à Kayes",
                        "Former les équipes du bloc opératoire de l’hôpital de Kayes aux gestes de chirurgie pédiatrique.",
                        List.of("surgery", "paediatrics"),
                        today.plusMonths(5),
                        4,
                        WorkMode.ON_SITE,
                        f -> {}));

        var telemedicine = create(
                ministry.id(),
                ministry.name(),
                rep,
                form(
                        "Telemedicine network for district hospitals",
                        "Design a telemedicine network linking district hospitals to the university hospital in Bamako.",
                        List.of("telemedicine", "hospital management"),
                        today.plusMonths(3),
                        3,
                        WorkMode.HYBRID,
                        f -> {}));
        transitions.move(telemedicine, MissionAction.SUBMIT, rep, "");

        var anaesthesia = create(
                ministry.id(),
                ministry.name(),
                rep,
                form(
                        "Programme de sécurité en anesthésie",
                        "Mettre en place une check-list et former les infirmiers anesthésistes.",
                        List.of("anaesthesia"),
                        today.plusMonths(4),
                        2,
                        WorkMode.ON_SITE,
                        f -> {}));
        transitions.move(anaesthesia, MissionAction.SUBMIT, rep, "");
        transitions.move(
                anaesthesia,
                MissionAction.REQUEST_CHANGES,
                admin,
                "Précisez le nombre d’infirmiers à former et les hôpitaux concernés.");

        var surveillance = published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Renforcement de la surveillance épidémiologique",
                        "Renforcer la surveillance épidémiologique du choléra et de la rougeole dans la région de Mopti.",
                        List.of("epidemiology", "santé publique"),
                        today.plusMonths(2),
                        3,
                        WorkMode.ON_SITE,
                        f -> f.setLanguages(new ArrayList<>(List.of(new LanguageSkill("fr", ProficiencyLevel.B2))))));
        apply(surveillance, fatou, "J’ai coordonné la surveillance du choléra à Mopti en 2019.", now);
        invite(surveillance, jean, "Your data science skills would help our surveillance dashboards.", now);

        published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Hospital management and pharmacy logistics",
                        "Improve the supply chain of essential medicines between the central pharmacy and district hospitals.",
                        List.of("hospital management", "supply chain"),
                        today.plusMonths(3),
                        4,
                        WorkMode.HYBRID,
                        f -> {}));

        published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Gestion financière des districts sanitaires",
                        "Former les équipes de trois districts sanitaires de la région de Ségou à la préparation, à "
                                + "l’exécution et au suivi du budget, dans le cadre de la décentralisation.",
                        List.of("finances publiques", "décentralisation"),
                        today.plusMonths(4),
                        3,
                        WorkMode.HYBRID,
                        f -> f.setSectors(new LinkedHashSet<>(List.of("health", "governance")))));

        var midwives = published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Formation de sages-femmes à Ségou",
                        "Former vingt sages-femmes aux urgences obstétricales.",
                        List.of("formation de sages-femmes", "obstétrique"),
                        today.plusMonths(1),
                        2,
                        WorkMode.ON_SITE,
                        f -> {}));
        select(midwives, apply(midwives, fatou, "Je forme des sages-femmes depuis dix ans.", now), now);
        transitions.move(midwives, MissionAction.STAFF, null, "");

        var pilot = published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Telemedicine pilot in Sikasso",
                        "Run the first teleconsultations between Sikasso and Bamako.",
                        List.of("telemedicine"),
                        today.minusWeeks(1),
                        3,
                        WorkMode.REMOTE,
                        f -> {}));
        select(pilot, apply(pilot, jean, "I built teleconsultation software.", now), now);
        transitions.move(pilot, MissionAction.STAFF, null, "");
        transitions.move(pilot, MissionAction.START, rep, "");

        var emergencies = published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Obstetric emergency training in Mopti",
                        "Train the maternity staff of Mopti hospital in obstetric emergencies.",
                        List.of("obstétrique"),
                        today.minusMonths(2),
                        2,
                        WorkMode.ON_SITE,
                        f -> {}));
        select(emergencies, apply(emergencies, fatou, "Obstetric emergencies are my speciality.", now), now);
        transitions.move(emergencies, MissionAction.STAFF, null, "");
        transitions.move(emergencies, MissionAction.START, rep, "");
        transitions.move(emergencies, MissionAction.COMPLETE, rep, "");
        messages.save(new Message(
                emergencies.getId(),
                rep,
                "<p>Merci pour ces deux semaines : l’équipe applique déjà le protocole.</p>",
                now));

        var hygiene = published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Hospital hygiene audit",
                        "Audit infection prevention in three regional hospitals and train hygiene officers.",
                        List.of("santé publique", "hospital management"),
                        today.minusMonths(6),
                        3,
                        WorkMode.ON_SITE,
                        f -> {}));
        select(hygiene, apply(hygiene, jean, "I audited hospital hygiene in Lyon.", now), now);
        transitions.move(hygiene, MissionAction.STAFF, null, "");
        transitions.move(hygiene, MissionAction.START, rep, "");
        transitions.move(hygiene, MissionAction.COMPLETE, rep, "");
        var outcome = new Outcome(hygiene.getId());
        var results = new OutcomeForm();
        results.setPeopleTrained(36);
        results.setServicesDelivered(3);
        results.setJobsCreated(2);
        results.setFollowUpPlanned(true);
        results.setNotes("Three hygiene committees created; hand-hygiene compliance rose from 40% to 75%.");
        outcome.record(results, rep, now);
        outcomes.save(outcome);
        feedback.save(new Feedback(
                hygiene.getId(), rep, jean, true, new FeedbackForm(5, "Rigorous and kind with the teams."), now));
        feedback.save(new Feedback(
                hygiene.getId(), jean, jean, false, new FeedbackForm(4, "Well organised; transport was late."), now));
        transitions.move(hygiene, MissionAction.EVALUATE, null, "");

        var dialysis = published(
                ministry.id(),
                ministry.name(),
                rep,
                admin,
                form(
                        "Dialysis unit set-up",
                        "Set up a dialysis unit at the regional hospital of Gao.",
                        List.of("nephrology"),
                        today.plusMonths(6),
                        6,
                        WorkMode.ON_SITE,
                        f -> {}));
        transitions.move(dialysis, MissionAction.CANCEL, rep, "The equipment grant was postponed to next year.");
        missions.flush();
        applications.flush();
        spreadOverTime();
        log.info("Demo missions: {} missions in every state of the life cycle", missions.count());
    }

    /**
     * Once the demo communities exist: the evaluated hygiene audit's summary, published in its sector's community
     * and featured in the knowledge hub.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(45)
    @Transactional
    public void publishSummaryIfNone() {
        if (summaries.count() > 0) {
            return;
        }
        var rep = accounts.idOf("institution@passerelle.demo").orElse(null);
        var hygiene = missions.findAll().stream()
                .filter(m -> m.getTitle().equals("Hospital hygiene audit"))
                .findFirst()
                .orElse(null);
        if (rep == null || hygiene == null) {
            return;
        }
        var text = """
                Three regional hospitals audited; **36 hygiene officers** trained.

                - Start with hand hygiene: it is cheap and its compliance is easy to measure (40% → 75%).
                - A hygiene committee per hospital, meeting monthly, kept the changes alive after the mission.
                - Order alcohol-based hand rub locally: imported stock ran out twice.""";
        var sector = hygiene.toView().sectors().stream().sorted().findFirst().orElse(null);
        try {
            var topicId = publisher.publish(sector, rep, hygiene.getTitle(), text);
            var summary = new MissionSummary(hygiene.getId());
            summary.published(text, topicId, rep, clock.instant());
            summary.setFeatured(true);
            summaries.save(summary);
        } catch (org.passerelle.shared.RefusedException noCommunity) {
            log.info("Demo summary not published: no community for sector {}", sector);
        }
    }

    /**
     * The demo was written in one instant; for the impact dashboard to show something like real life, each mission's
     * moments are spread out: published weeks before it starts (or, for future missions, some days ago), staffed a
     * week or two later, applications answered within days, completed at its end date. Never later than now.
     */
    private void spreadOverTime() {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var rows = jdbc.sql("select id, start_date, end_date from mission order by id")
                .query((rs, row) ->
                        new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                        })
                .list();
        for (var row : rows) {
            long id = (Long) row[0];
            var start = ((LocalDate) row[1]).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            var end = ((LocalDate) row[2]).atTime(17, 0).toInstant(java.time.ZoneOffset.UTC);
            var published = ((LocalDate) row[1]).isBefore(today)
                    ? start.minus(java.time.Duration.ofDays(40))
                    : now.minus(java.time.Duration.ofDays(10 + (id * 7) % 50));
            var staffed = published.plus(java.time.Duration.ofDays(5 + id % 10));
            update(
                    "update mission set created_at = ?, updated_at = ?, published_at = case when published_at is null"
                            + " then null else ? end where id = ?",
                    published.minus(java.time.Duration.ofDays(5)),
                    published,
                    published,
                    id);
            for (var action : List.of(
                    "SUBMIT", "REQUEST_CHANGES", "PUBLISH", "STAFF", "START", "COMPLETE", "EVALUATE", "CANCEL")) {
                var at = switch (action) {
                    case "SUBMIT" -> published.minus(java.time.Duration.ofDays(3));
                    case "REQUEST_CHANGES" -> published.minus(java.time.Duration.ofDays(2));
                    case "PUBLISH" -> published;
                    case "STAFF" -> staffed;
                    case "START" -> start.isAfter(staffed) ? start : staffed.plus(java.time.Duration.ofDays(1));
                    case "COMPLETE" -> end;
                    case "EVALUATE" -> end.plus(java.time.Duration.ofDays(5));
                    default -> published.plus(java.time.Duration.ofDays(20));
                };
                update("update mission_transition set at = ? where mission_id = ? and action = ?", at, id, action);
            }
            var applied = published.plus(java.time.Duration.ofDays(2));
            update(
                    "update mission_application set created_at = ?, applied_at = case when applied_at is null then null"
                            + " else ? end, answered_at = case when answered_at is null then null else ? end,"
                            + " decided_at = case when decided_at is null then null else ? end where mission_id = ?",
                    applied,
                    applied,
                    applied.plus(java.time.Duration.ofHours(20)),
                    applied.plus(java.time.Duration.ofHours(30 + (id * 13) % 60)),
                    id);
            update(
                    "update mission_outcome set recorded_at = ? where mission_id = ?",
                    end.plus(java.time.Duration.ofDays(2)),
                    id);
        }
    }

    /** An update whose instants are never later than now. */
    private void update(String sql, Object... params) {
        var now = clock.instant();
        var values = java.util.Arrays.stream(params)
                .map(p -> p instanceof java.time.Instant at
                        ? (at.isAfter(now) ? now : at).atOffset(java.time.ZoneOffset.UTC)
                        : p)
                .toArray();
        jdbc.sql(sql).params(values).update();
    }

    private static MissionForm form(
            String title,
            String summary,
            List<String> skills,
            LocalDate start,
            int weeks,
            WorkMode mode,
            Consumer<MissionForm> more) {
        var form = new MissionForm();
        form.setTitle(title);
        form.setSummary(summary);
        form.setObjectives("- " + summary + "\n- Leave written procedures behind");
        form.setDeliverables("A short report and the training material.");
        form.setSectors(new LinkedHashSet<>(List.of("health")));
        form.setCountry("ML");
        form.setRegion(title.contains("Mopti") ? "Mopti" : "");
        form.setMode(mode);
        form.setStartDate(start);
        form.setEndDate(start.plusWeeks(weeks + 4));
        form.setDurationWeeks(weeks);
        form.setSkills(new LinkedHashSet<>(skills));
        form.setExpertsNeeded(1);
        form.setCoversTravel(true);
        form.setCoversLodging(mode != WorkMode.REMOTE);
        form.setApplicationDeadline(start.minusWeeks(2));
        more.accept(form);
        return form;
    }

    private Mission create(long institutionId, String institutionName, long rep, MissionForm form) {
        return missions.saveAndFlush(new Mission(institutionId, institutionName, form, rep, clock.instant()));
    }

    private Mission published(long institutionId, String name, long rep, long admin, MissionForm form) {
        var mission = create(institutionId, name, rep, form);
        transitions.move(mission, MissionAction.SUBMIT, rep, "");
        transitions.move(mission, MissionAction.PUBLISH, admin, "");
        return mission;
    }

    private MissionApplication apply(Mission mission, long expert, String motivation, java.time.Instant now) {
        var profile = experts.ofUser(expert).orElseThrow();
        return applications.save(MissionApplication.applied(
                mission.getId(), expert, profile.profileId(), new ApplicationForm(motivation, ""), now));
    }

    private void invite(Mission mission, long expert, String message, java.time.Instant now) {
        var profile = experts.ofUser(expert).orElseThrow();
        applications.save(MissionApplication.invited(mission.getId(), expert, profile.profileId(), message, now));
    }

    private static void select(Mission mission, MissionApplication application, java.time.Instant now) {
        application.select(now);
    }
}
