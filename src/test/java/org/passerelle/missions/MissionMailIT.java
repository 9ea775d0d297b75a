package org.passerelle.missions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.passerelle.GreenMailSupport;
import org.passerelle.MailIntegrationTest;
import org.passerelle.MutableClock;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.matching.AlertFrequency;
import org.passerelle.matching.MissionAlertService;
import org.passerelle.matching.internal.MissionAlerts;
import org.passerelle.missions.internal.ApplicationReminders;
import org.springframework.beans.factory.annotation.Autowired;

/** The mails of a mission's recruitment, as the people concerned receive them. */
@MailIntegrationTest
class MissionMailIT {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSupport.server();

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ApplicationReminders reminders;

    @Autowired
    MutableClock clock;

    @Autowired
    MissionAlertService alerts;

    @Autowired
    MissionAlerts missionAlerts;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static void awaitMails(String to, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> GreenMailSupport.mailsTo(greenMail, to).size() >= count);
    }

    static String lastBody(String to) {
        return GreenMailSupport.body(GreenMailSupport.mailsTo(greenMail, to).getLast());
    }

    /** The latest of at least {@code count} mails with this subject to this address; other mails may come between. */
    static MimeMessage awaitMail(String to, String subject, int count) {
        return GreenMailSupport.awaitMail(greenMail, to, subject, count);
    }

    @Test
    void invitationApplicationDeclineSelectionReminderAndPublicationAreMailed() {
        var rep = fixtures.representative("Mailing rep", true);
        var mission = fixtures.published(rep, MissionFixtures.form("Laboratory quality"));
        awaitMail(rep.getEmail(), "Your mission is published", 1);

        var invited = users.active("Invited expert", Role.EXPERT);
        users.signIn(invited);
        var invitedProfile = profiles.myProfileId();
        var applicant = users.active("Applicant expert", Role.EXPERT);
        users.signIn(applicant);
        profiles.myProfileId();

        users.signIn(rep);
        var invitation = applications.invite(mission.id(), invitedProfile, "");
        var invitationMail = awaitMail(invited.getEmail(), "You are invited to a mission on Passerelle", 1);
        assertThat(GreenMailSupport.body(invitationMail)).contains("Laboratory quality", "/mission/" + mission.id());

        users.signIn(invited);
        applications.accept(invitation.id(), new ApplicationForm("Happy to help", ""));
        awaitMail(rep.getEmail(), "New application to your mission", 1);

        users.signIn(applicant);
        var application = applications.apply(mission.id(), new ApplicationForm("I know ISO 15189", ""));
        awaitMail(rep.getEmail(), "New application to your mission", 2);

        clock.advance(Duration.ofDays(6));
        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(2);
        assertThat(reminders.sendDue()).as("once only").isZero();
        awaitMail(rep.getEmail(), "An application waits for your answer", 2);

        users.signIn(rep);
        applications.decline(application.id(), application.version(), "Too junior for us");
        var declined = awaitMail(applicant.getEmail(), "About your application on Passerelle", 1);
        assertThat(GreenMailSupport.body(declined)).doesNotContain("Too junior");

        var accepted = applications.applicants(mission.id()).stream()
                .filter(a -> a.id() == invitation.id())
                .findFirst()
                .orElseThrow();
        applications.select(accepted.id(), accepted.version());
        awaitMail(invited.getEmail(), "You are selected for a mission", 1);
    }

    @Test
    void subscribedExpertsWhomANewMissionFitsAreAlertedAtOnceOrInTheirDigest() {
        var skill = "zylophonics" + System.nanoTime() % 100000;
        var immediate = expertWithSkill("Immediate expert", skill, AlertFrequency.IMMEDIATELY);
        var daily = expertWithSkill("Daily expert", skill, AlertFrequency.DAILY);
        var never = expertWithSkill("Unsubscribed expert", skill, AlertFrequency.NEVER);
        var unrelated = expertWithSkill("Unrelated expert", "basketry", AlertFrequency.IMMEDIATELY);

        var rep = fixtures.representative("Alerting rep", true);
        var form = MissionFixtures.form("Acoustic " + skill);
        form.setSkills(new LinkedHashSet<>(List.of(skill)));
        form.setLanguages(new ArrayList<>());
        var mission = fixtures.published(rep, form);

        var alert = awaitMail(immediate.getEmail(), "New missions that fit your profile", 1);
        assertThat(GreenMailSupport.body(alert)).contains("Acoustic " + skill, "/mission/" + mission.id());

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> missionAlerts.sendDigests() >= 1);
        awaitMails(daily.getEmail(), 1);
        assertThat(lastBody(daily.getEmail())).contains("Acoustic " + skill);
        assertThat(GreenMailSupport.mailsTo(greenMail, never.getEmail())).isEmpty();
        assertThat(GreenMailSupport.mailsTo(greenMail, unrelated.getEmail())).isEmpty();
    }

    UserAccount expertWithSkill(String name, String skill, AlertFrequency frequency) {
        var user = users.active(name, Role.EXPERT);
        users.signIn(user);
        var id = profiles.myProfileId();
        var profile = profiles.myProfile();
        profile.setDisplayName(name);
        profile.setSkills(new LinkedHashSet<>(List.of(skill)));
        profiles.update(id, profile);
        alerts.setMyFrequency(frequency);
        users.signOut();
        return user;
    }
}
