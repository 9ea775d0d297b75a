package org.passerelle.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ApplicationIT {

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionService missions;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** An expert with a named profile; returns the profile id (the expert is left signed in). */
    long expert(UserAccount user, Visibility identity) {
        users.signIn(user);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(user.getDisplayName());
        form.getVisibility().put(ProfileSection.IDENTITY, identity);
        profiles.update(id, form);
        return id;
    }

    @Test
    void anExpertAppliesIsSelectedTheMissionIsStaffedAndReopensWhenTheyWithdraw() {
        var rep = fixtures.representative("Staffing rep", true);
        var mission = fixtures.published(rep, MissionFixtures.form("Pharmacy logistics"));
        var aminata = users.active("Aminata", Role.EXPERT);
        expert(aminata, Visibility.MEMBERS);
        var applied = applications.apply(mission.id(), new ApplicationForm("I ran a hospital pharmacy.", "March"));
        assertThat(applied.status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThatThrownBy(() -> applications.apply(mission.id(), new ApplicationForm("Again", "")))
                .hasMessage("application.exists");
        assertThat(new String(accounts.exportMyData(), StandardCharsets.UTF_8))
                .as("the application is in the personal data export")
                .contains("I ran a hospital pharmacy.", "Pharmacy logistics");

        var other = users.active("Other expert", Role.EXPERT);
        expert(other, Visibility.MEMBERS);
        assertThatThrownBy(() -> applications.withdraw(applied.id()))
                .as("another expert cannot touch the application")
                .hasMessage("application.none");
        assertThat(applications.mine()).isEmpty();
        assertThatThrownBy(() -> applications.applicants(mission.id()))
                .as("experts do not see other applicants")
                .isInstanceOf(AuthorizationDeniedException.class);

        fixtures.representative("Rival rep", true);
        assertThatThrownBy(() -> applications.applicants(mission.id())).hasMessage("mission.none");
        assertThatThrownBy(() -> applications.select(applied.id(), applied.version()))
                .hasMessage("mission.none");

        users.signIn(rep);
        var listed = applications.applicants(mission.id());
        assertThat(listed).extracting(ApplicationDetails::expertName).containsExactly("Aminata");
        var shortlisted = applications.shortlist(applied.id(), applied.version());
        assertThatThrownBy(() -> applications.select(applied.id(), applied.version()))
                .as("stale")
                .hasMessage("application.stale");
        applications.select(shortlisted.id(), shortlisted.version());
        assertThat(missions.get(mission.id()).status()).isEqualTo(MissionStatus.STAFFED);
        assertThat(applications.responseStats().answered()).isEqualTo(1);

        users.signIn(aminata);
        assertThat(applications.mine())
                .extracting(ApplicationDetails::status)
                .containsExactly(ApplicationStatus.SELECTED);
        applications.withdraw(applied.id());
        users.signIn(rep);
        assertThat(missions.get(mission.id()).status()).as("recruits again").isEqualTo(MissionStatus.PUBLISHED);
        assertThat(missions.history(mission.id()))
                .extracting(MissionTransition::action)
                .endsWith(MissionAction.STAFF, MissionAction.REOPEN);
    }

    @Test
    void anInvitedExpertAcceptsAndIsDeclinedWithAReasonOnlyTheInstitutionReads() {
        var rep = fixtures.representative("Inviting rep", true);
        var mission = fixtures.published(rep, MissionFixtures.form("Maternal health"));
        var fatou = users.active("Fatou", Role.EXPERT);
        var profileId = expert(fatou, Visibility.MEMBERS);

        users.signIn(rep);
        var invitation = applications.invite(mission.id(), profileId, "Your profile fits.");
        assertThat(invitation.status()).isEqualTo(ApplicationStatus.INVITED);
        assertThatThrownBy(() -> applications.invite(mission.id(), profileId, ""))
                .hasMessage("application.alreadyInvited");

        users.signIn(fatou);
        assertThat(applications.mineFor(mission.id()))
                .map(ApplicationDetails::invitationMessage)
                .contains("Your profile fits.");
        var accepted = applications.accept(invitation.id(), new ApplicationForm("Gladly.", "All of March"));
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.APPLIED);

        users.signIn(rep);
        var declined = applications.decline(accepted.id(), accepted.version(), "Another candidate speaks Bambara.");
        assertThat(declined.declineReason()).isEqualTo("Another candidate speaks Bambara.");

        users.signIn(fatou);
        var seen = applications.mineFor(mission.id()).orElseThrow();
        assertThat(seen.status()).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(seen.declineReason()).as("private to the institution").isNull();
    }

    @Test
    void hiddenExpertsCannotBeInvitedAndUnpublishedMissionsTakeNoApplications() {
        var rep = fixtures.representative("Rep hidden", true);
        var mission = fixtures.published(rep, MissionFixtures.form("Radiology"));
        var hidden = expert(users.active("Hidden expert", Role.EXPERT), Visibility.ONLY_ME);
        users.signIn(rep);
        assertThatThrownBy(() -> applications.invite(mission.id(), hidden, "")).hasMessage("application.noExpert");
        var draft = missions.create(MissionFixtures.form("Still a draft"));

        expert(users.active("Eager expert", Role.EXPERT), Visibility.MEMBERS);
        assertThatThrownBy(() -> applications.apply(draft.id(), new ApplicationForm("Me", "")))
                .hasMessage("application.notRecruiting");
    }
}
