package org.passerelle.missions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountSeeder;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.SystemTasks;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.passerelle.communities.CommunityAdminService;
import org.passerelle.communities.CommunityForm;
import org.passerelle.directory.internal.ExpertProfile;
import org.passerelle.directory.internal.ExpertProfileRepository;
import org.passerelle.institutions.InstitutionIT;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo missions of {@code demo/missions.json}, loaded by {@link DemoMissions} (a default-profile bean, created
 * here in the shared test context) for the demo accounts, in a transaction rolled back at the end: the other tests
 * never see them.
 */
@IntegrationTest
@Transactional
class DemoMissionsIT {

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    AccountSeeder accounts;

    @Autowired
    SystemTasks system;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    InstitutionService institutions;

    @Autowired
    ExpertProfileRepository profiles;

    @Autowired
    CommunityAdminService communities;

    @Autowired
    MissionApplicationRepository applications;

    @Autowired
    MissionTransitionRepository transitions;

    @Autowired
    MessageRepository messages;

    @Autowired
    OutcomeRepository outcomes;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    MissionSummaryRepository summaries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void theFileDescribesElevenMissionsInEveryStateNamingTheFourDemoAccounts() {
        var file = DemoMissions.read();
        assertThat(file.missions()).hasSize(11);
        assertThat(file.missions())
                .extracting(DemoMissionsFile.DemoMission::title)
                .doesNotHaveDuplicates();
        assertThat(file.people())
                .containsExactly(
                        "institution@passerelle.demo",
                        "admin@passerelle.demo",
                        "expert@passerelle.demo",
                        "engineer@passerelle.demo");
        assertThat(file.missions().get(3).steps())
                .as("the surveillance mission: submitted, published, an application and an invitation")
                .hasExactlyElementsOfTypes(
                        DemoMissionsFile.Move.class,
                        DemoMissionsFile.Move.class,
                        DemoMissionsFile.Apply.class,
                        DemoMissionsFile.Invite.class);
    }

    @Test
    void loadedForTheDemoAccountsItCreatesEveryMissionWithItsStory() {
        var rep = account("institution@passerelle.demo", Role.INSTITUTION_REP);
        var admin = account("admin@passerelle.demo", Role.ADMIN);
        var fatou = expert("expert@passerelle.demo");
        var jean = expert("engineer@passerelle.demo");
        testUsers.signIn(users.findByEmail("institution@passerelle.demo").orElseThrow());
        institutions.register(InstitutionIT.form("Ministère de la Santé (demo test)"));
        testUsers.signOut();
        var demo = beans.createBean(DemoMissions.class);

        var created = system.call(() -> demo.create(DemoMissions.read()));

        var today = LocalDate.now(clock);
        var now = clock.instant();
        assertThat(created)
                .hasSize(11)
                .allSatisfy(m ->
                        assertThat(m.toDetails().institutionName()).isEqualTo("Ministère de la Santé (demo test)"));
        assertThat(created.stream().collect(Collectors.groupingBy(Mission::getStatus, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        MissionStatus.DRAFT, 1L,
                        MissionStatus.SUBMITTED, 1L,
                        MissionStatus.CHANGES_REQUESTED, 1L,
                        MissionStatus.PUBLISHED, 3L,
                        MissionStatus.STAFFED, 1L,
                        MissionStatus.IN_PROGRESS, 1L,
                        MissionStatus.COMPLETED, 1L,
                        MissionStatus.EVALUATED, 1L,
                        MissionStatus.CANCELLED, 1L));
        var byTitle = created.stream().collect(Collectors.toMap(Mission::getTitle, Function.identity()));

        var kayes = byTitle.get("Formation en chirurgie pédiatrique à Kayes").toDetails();
        assertThat(kayes.startDate()).isEqualTo(today.plusMonths(5));
        assertThat(kayes.endDate()).isEqualTo(today.plusMonths(5).plusWeeks(8));
        assertThat(kayes.skills()).containsExactly("surgery", "paediatrics");
        assertThat(byTitle.get("Telemedicine pilot in Sikasso").toDetails().startDate())
                .isEqualTo(today.minusWeeks(1));
        assertThat(byTitle.get("Obstetric emergency training in Mopti")
                        .toDetails()
                        .region())
                .isEqualTo("Mopti");

        var anaesthesia = byTitle.get("Programme de sécurité en anesthésie");
        assertThat(transitions.findByMissionIdOrderByAtAscIdAsc(anaesthesia.getId()))
                .extracting(MissionTransitionRecord::getAction, MissionTransitionRecord::getActorId)
                .containsExactly(tuple(MissionAction.SUBMIT, rep), tuple(MissionAction.REQUEST_CHANGES, admin));
        assertThat(transitions
                        .findByMissionIdOrderByAtAscIdAsc(anaesthesia.getId())
                        .getLast()
                        .getReason())
                .isEqualTo("Précisez le nombre d’infirmiers à former et les hôpitaux concernés.");

        var surveillance = byTitle.get("Renforcement de la surveillance épidémiologique");
        assertThat(applications.findByMissionIdAndExpertUserId(surveillance.getId(), fatou))
                .as("Fatou applied to the surveillance mission")
                .hasValueSatisfying(a -> assertThat(a.getStatus()).isEqualTo(ApplicationStatus.APPLIED));
        assertThat(applications.findByMissionIdAndExpertUserId(surveillance.getId(), jean))
                .as("Jean is invited to it")
                .hasValueSatisfying(a -> assertThat(a.isInvited()).isTrue());
        assertThat(surveillance.toDetails().languages())
                .extracting(l -> l.language() + "/" + l.level())
                .containsExactly("fr/B2");
        assertThat(applications.findByExpertUserIdOrderByCreatedAtDesc(fatou))
                .filteredOn(a -> a.getStatus() == ApplicationStatus.SELECTED)
                .hasSize(2);

        var emergencies = byTitle.get("Obstetric emergency training in Mopti");
        assertThat(messages.findByMissionIdOrderByCreatedAtAscIdAsc(emergencies.getId()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getAuthorId()).isEqualTo(rep);
                    assertThat(m.getBodyHtml()).contains("l’équipe applique déjà le protocole");
                });

        var hygiene = byTitle.get("Hospital hygiene audit");
        assertThat(outcomes.findById(hygiene.getId()).orElseThrow().toForm().getPeopleTrained())
                .isEqualTo(36);
        assertThat(feedback.findByMissionIdOrderByIdAsc(hygiene.getId()))
                .extracting(Feedback::isAboutExpert, Feedback::getRating, Feedback::getComment)
                .containsExactly(
                        tuple(true, 5, "Rigorous and kind with the teams."),
                        tuple(false, 4, "Well organised; transport was late."));
        assertThat(transitions.findByMissionIdOrderByAtAscIdAsc(hygiene.getId()))
                .as("spread over time, in the order of the life cycle, never later than now")
                .extracting(MissionTransitionRecord::getAction)
                .containsExactly(
                        MissionAction.SUBMIT,
                        MissionAction.PUBLISH,
                        MissionAction.STAFF,
                        MissionAction.START,
                        MissionAction.COMPLETE,
                        MissionAction.EVALUATE);
        assertThat(transitions.findByMissionIdOrderByAtAscIdAsc(hygiene.getId()))
                .allSatisfy(t -> assertThat(t.getAt()).isBeforeOrEqualTo(now));

        if (jdbc.sql("select count(*) from community where sector_code = 'health'")
                        .query(Long.class)
                        .single()
                == 0) {
            testUsers.signIn(testUsers.active("Community admin", Role.ADMIN));
            var form = new CommunityForm();
            form.setSectorCode("health");
            form.setNameEn("Health");
            form.setNameFr("Santé");
            communities.create(form);
            testUsers.signOut();
        }
        system.run(() -> demo.publishSummaries(DemoMissions.read()));
        summaries.flush();
        var summary = jdbc.sql("select featured, summary, published_by from mission_summary where mission_id = ?")
                .param(hygiene.getId())
                .query((rs, row) -> rs.getBoolean(1) + " " + rs.getLong(3) + " " + rs.getString(2))
                .single();
        assertThat(summary).startsWith("true " + rep + " Three regional hospitals audited; **36 hygiene officers**");
        assertThat(summaries.count()).isGreaterThanOrEqualTo(1);
    }

    /** The demo account with this address, created (in this test's transaction) unless it exists. */
    private long account(String email, Role role) {
        return system.call(() -> accounts.idOf(email)
                .orElseGet(() -> accounts.create(email, email, Locale.FRENCH, Set.of(role), "x", true)));
    }

    private long expert(String email) {
        var id = account(email, Role.EXPERT);
        if (profiles.findByUserId(id).isEmpty()) {
            profiles.save(new ExpertProfile(id, email, clock.instant()));
        }
        return id;
    }
}
