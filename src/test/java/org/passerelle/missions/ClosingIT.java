package org.passerelle.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityAdminService;
import org.passerelle.communities.CommunityForm;
import org.passerelle.communities.ForumService;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.impact.KnowledgeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A mission carried to its end: started, completed, outcomes and two-way feedback, evaluated; certificate; talk. */
@IntegrationTest
class ClosingIT {

    @Autowired
    MissionService missions;

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionClosingService closing;

    @Autowired
    CertificateService certificates;

    @Autowired
    MissionDiscussionService discussion;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers users;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    CommunityAdminService communityAdmin;

    @Autowired
    ForumService forum;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    UserAccount expert(String name) {
        var user = users.active(name, Role.EXPERT);
        users.signIn(user);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(name);
        profiles.update(id, form);
        return user;
    }

    @Test
    void aMissionIsCarriedThroughToEvaluationAndTheExpertGetsACertificate() throws Exception {
        var rep = fixtures.representative("Closing rep", true);
        var mission = fixtures.published(rep, MissionFixtures.form("Blood bank management"));
        var awa = expert("Awa Ndiaye-Šimić");
        var application = applications.apply(mission.id(), new ApplicationForm("I ran a blood bank", ""));
        var bystander = expert("Bystander");

        users.signIn(rep);
        var selected = applications.select(application.id(), application.version());
        var staffed = missions.get(mission.id());
        assertThat(staffed.status()).isEqualTo(MissionStatus.STAFFED);

        discussion.post(mission.id(), "Welcome! <script>alert(1)</script> **See you in Sikasso**");
        users.signIn(awa);
        assertThat(discussion.participates(mission.id())).isTrue();
        discussion.post(mission.id(), "Thank you, I will bring the SOPs.");
        var thread = discussion.messages(mission.id());
        assertThat(thread).hasSize(2);
        assertThat(thread.getFirst().bodyHtml())
                .contains("<strong>See you in Sikasso</strong>")
                .doesNotContain("<script");
        assertThat(thread.getFirst().fromInstitution()).isTrue();
        users.signIn(bystander);
        assertThat(discussion.participates(mission.id())).isFalse();
        assertThatThrownBy(() -> discussion.messages(mission.id())).hasMessage("mission.none");
        assertThatThrownBy(() -> discussion.post(mission.id(), "Let me in")).hasMessage("mission.none");

        users.signIn(awa);
        assertThatThrownBy(() -> certificates.certificate(mission.id(), Locale.ENGLISH))
                .as("not before the end")
                .hasMessage("certificate.unavailable");

        users.signIn(rep);
        var started = missions.start(staffed.id(), staffed.version());
        var completed = missions.complete(started.id(), started.version());
        assertThat(completed.status()).isEqualTo(MissionStatus.COMPLETED);
        var outcomes = new OutcomeForm();
        outcomes.setPeopleTrained(-3);
        assertThatThrownBy(() -> closing.recordOutcomes(mission.id(), outcomes))
                .isInstanceOf(ConstraintViolationException.class);
        outcomes.setPeopleTrained(24);
        outcomes.setServicesDelivered(3);
        outcomes.setJobsCreated(2);
        outcomes.setFollowUpPlanned(true);
        closing.recordOutcomes(mission.id(), outcomes);
        var awaId = awa.getId();
        assertThat(closing.closing(mission.id()).awaitingMyFeedback())
                .extracting(ClosingDetails.Participant::expertUserId)
                .containsExactly(awaId);
        closing.rateExpert(mission.id(), awaId, new FeedbackForm(5, "Excellent trainer"));
        assertThatThrownBy(() -> closing.rateExpert(mission.id(), awaId, new FeedbackForm(1, "again")))
                .hasMessage("feedback.alreadyGiven");
        assertThatThrownBy(() -> closing.rateExpert(mission.id(), bystander.getId(), new FeedbackForm(3, "")))
                .hasMessage("feedback.notParticipant");
        assertThat(missions.get(mission.id()).status())
                .as("the expert has not rated the institution yet")
                .isEqualTo(MissionStatus.COMPLETED);

        users.signIn(awa);
        assertThatThrownBy(() -> closing.rateInstitution(mission.id(), new FeedbackForm(9, "")))
                .isInstanceOf(ConstraintViolationException.class);
        closing.rateInstitution(mission.id(), new FeedbackForm(4, "Well organised"));
        var pdf = certificates.certificate(mission.id(), Locale.FRENCH);
        var reader = new PdfReader(pdf);
        var text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Attestation de mission", "Awa Ndiaye-Šimić", "Blood bank management");
        reader.close();

        users.signIn(bystander);
        assertThatThrownBy(() -> certificates.certificate(mission.id(), Locale.ENGLISH))
                .hasMessage("certificate.unavailable");
        assertThatThrownBy(() -> closing.closing(mission.id())).hasMessage("mission.none");

        users.signIn(rep);
        assertThat(missions.get(mission.id()).status()).isEqualTo(MissionStatus.EVALUATED);
        assertThat(missions.history(mission.id()))
                .extracting(MissionTransition::action)
                .endsWith(MissionAction.START, MissionAction.COMPLETE, MissionAction.EVALUATE);
        assertThat(closing.closing(mission.id()).feedback()).hasSize(2);
        users.signIn(users.active("Community admin", Role.ADMIN));
        var form = new CommunityForm();
        form.setSectorCode("health");
        form.setNameEn("Health");
        form.setNameFr("Santé");
        var health = communityAdmin.create(form);
        users.signIn(rep);
        var topicId = closing.publishSummary(mission.id(), "Ten nurses trained; **keep** the SOPs.");
        users.signIn(awa);
        var topic = forum.topic(topicId, 1);
        assertThat(topic.communityId()).isEqualTo(health);
        assertThat(topic.title()).isEqualTo("Blood bank management");
        assertThat(topic.posts().getFirst().cooked()).contains("<strong>keep</strong>");
        assertThat(selected.status()).isEqualTo(ApplicationStatus.SELECTED);

        // the summary is a lesson of the knowledge hub, which the staff may feature
        var lessons = knowledge.lessons("health", mission.country());
        assertThat(lessons)
                .filteredOn(l -> l.missionId() == mission.id())
                .singleElement()
                .satisfies(lesson -> {
                    assertThat(lesson.summaryHtml()).contains("<strong>keep</strong>");
                    assertThat(lesson.topicId()).isEqualTo(topicId);
                    assertThat(lesson.outcome().peopleTrained()).isEqualTo(24);
                    assertThat(lesson.featured()).isFalse();
                });
        assertThat(knowledge.lessons("health", "AQ")).noneMatch(l -> l.missionId() == mission.id());
        assertThatThrownBy(() -> closing.featureSummary(mission.id(), true))
                .isInstanceOf(AuthorizationDeniedException.class);
        users.signIn(users.active("Curating moderator", Role.MODERATOR));
        closing.featureSummary(mission.id(), true);
        assertThat(knowledge.lessons(null, null).getFirst().featured()).isTrue();
    }
}
