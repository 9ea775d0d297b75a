package org.passerelle.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class MissionIT {

    @Autowired
    MissionService missions;

    @Autowired
    MissionReviewService review;

    @Autowired
    MissionQueryService board;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void aMissionGoesFromDraftThroughReviewToPublicationAndEveryMoveIsLogged() {
        var rep = fixtures.representative("Ministry rep", true);
        var draft = missions.create(MissionFixtures.form("Neonatal care"));
        assertThat(draft.status()).isEqualTo(MissionStatus.DRAFT);
        assertThat(draft.objectivesHtml()).contains("<strong>twelve</strong>");
        assertThat(board.view(draft.id())).as("the owner reads the draft").isPresent();

        var submitted = missions.submit(draft.id(), draft.version());
        assertThat(submitted.status()).isEqualTo(MissionStatus.SUBMITTED);
        assertThatThrownBy(() -> missions.update(submitted.id(), submitted.version(), MissionFixtures.form("Changed")))
                .as("not editable while under review")
                .isInstanceOf(RefusedException.class)
                .hasMessage("mission.notEditable");

        users.signIn(users.active("Reviewer", Role.ADMIN));
        assertThat(review.submitted()).extracting(MissionDetails::id).contains(draft.id());
        assertThatThrownBy(() -> review.requestChanges(submitted.id(), submitted.version(), " "))
                .hasMessage("mission.reason.required");
        var sentBack = review.requestChanges(submitted.id(), submitted.version(), "Say how many nurses.");

        users.signIn(rep);
        var form = missions.form(draft.id());
        form.setSummary("Train twelve nurses of the regional hospital");
        var corrected = missions.update(sentBack.id(), sentBack.version(), form);
        var resubmitted = missions.submit(corrected.id(), corrected.version());

        users.signOut();
        assertThat(board.view(draft.id()))
                .as("a visitor does not read a mission under review")
                .isEmpty();

        users.signIn(users.active("Reviewer", Role.ADMIN));
        var published = review.publish(resubmitted.id(), resubmitted.version());
        assertThat(published.status()).isEqualTo(MissionStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();

        users.signOut();
        assertThat(board.view(draft.id())).map(MissionDetails::summary).contains(form.getSummary());

        users.signIn(rep);
        assertThat(missions.history(draft.id()))
                .extracting(MissionTransition::action, MissionTransition::to)
                .containsExactly(
                        Tuple.tuple(MissionAction.SUBMIT, MissionStatus.SUBMITTED),
                        Tuple.tuple(MissionAction.REQUEST_CHANGES, MissionStatus.CHANGES_REQUESTED),
                        Tuple.tuple(MissionAction.SUBMIT, MissionStatus.SUBMITTED),
                        Tuple.tuple(MissionAction.PUBLISH, MissionStatus.PUBLISHED));
        var changes = missions.history(draft.id()).get(1);
        assertThat(changes.reason()).isEqualTo("Say how many nurses.");
        assertThat(changes.actorName()).isEqualTo("Reviewer");
    }

    @Test
    void aStaleTabIsToldTheMissionChangedAndForbiddenMovesAreRefused() {
        fixtures.representative("Rep stale", true);
        var draft = missions.create(MissionFixtures.form("Water quality"));
        var submitted = missions.submit(draft.id(), draft.version());
        assertThatThrownBy(() -> missions.cancel(draft.id(), draft.version(), "Budget cut"))
                .as("acting on the version seen before the submission")
                .hasMessage("mission.stale");
        assertThatThrownBy(() -> missions.start(submitted.id(), submitted.version()))
                .as("cannot start a mission that is not staffed")
                .hasMessage("mission.transition.forbidden");
        var cancelled = missions.cancel(submitted.id(), submitted.version(), "Budget cut");
        assertThat(cancelled.status()).isEqualTo(MissionStatus.CANCELLED);
        assertThatThrownBy(() -> missions.cancel(cancelled.id(), cancelled.version(), "Again"))
                .hasMessage("mission.transition.forbidden");
    }

    @Test
    void aRepresentativeOfAnotherInstitutionNeitherSeesNorChangesTheMission() {
        fixtures.representative("Rep A", true);
        var draft = missions.create(MissionFixtures.form("Surgery"));
        fixtures.representative("Rep B", true);
        assertThat(missions.mine()).extracting(MissionDetails::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> missions.get(draft.id())).hasMessage("mission.none");
        assertThatThrownBy(() -> missions.update(draft.id(), draft.version(), MissionFixtures.form("Mine now")))
                .hasMessage("mission.none");
        assertThatThrownBy(() -> missions.submit(draft.id(), draft.version())).hasMessage("mission.none");
        assertThatThrownBy(() -> missions.history(draft.id())).hasMessage("mission.none");
        assertThat(board.view(draft.id())).isEmpty();
        assertThatThrownBy(() -> review.submitted()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anUnverifiedInstitutionDraftsButDoesNotSubmit() {
        fixtures.representative("Rep pending", false);
        var draft = missions.create(MissionFixtures.form("Teacher training"));
        assertThatThrownBy(() -> missions.submit(draft.id(), draft.version()))
                .hasMessage("mission.institution.unverified");
    }

    @Test
    void inconsistentOrInvalidTermsAreRefused() {
        fixtures.representative("Rep invalid", true);
        var blank = MissionFixtures.form(" ");
        assertThatThrownBy(() -> missions.create(blank)).isInstanceOf(ConstraintViolationException.class);
        var backwards = MissionFixtures.form("Backwards");
        backwards.setEndDate(LocalDate.of(2027, 2, 1));
        assertThatThrownBy(() -> missions.create(backwards)).hasMessage("mission.end.beforeStart");
        var tooLong = MissionFixtures.form("Too long");
        tooLong.setDurationWeeks(8);
        assertThatThrownBy(() -> missions.create(tooLong)).hasMessage("mission.duration.window");
        var unknownSector = MissionFixtures.form("Unknown sector");
        unknownSector.getSectors().add("astrology");
        assertThatThrownBy(() -> missions.create(unknownSector)).hasMessage("mission.sectors.required");
        var lateDeadline = MissionFixtures.form("Late deadline");
        lateDeadline.setApplicationDeadline(LocalDate.of(2027, 3, 15));
        assertThatThrownBy(() -> missions.create(lateDeadline)).hasMessage("mission.deadline.afterStart");
    }

    @Test
    void expertsDoNotWriteMissions() {
        users.signIn(users.active("Expert", Role.EXPERT));
        assertThatThrownBy(() -> missions.create(MissionFixtures.form("No")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
