package org.passerelle.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.MissionStatus;
import org.passerelle.security.TestDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class InstitutionMembershipIT {

    @Autowired
    InstitutionMembershipService membership;

    @Autowired
    InstitutionService institutions;

    @Autowired
    InstitutionReviewService review;

    @Autowired
    MissionService missions;

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void evidenceIsCheckedByContentAndOnlyAdministratorsReadIt() {
        fixtures.representative("Evidence rep", false);
        var id = institutions.mine().orElseThrow().id();
        var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> membership.uploadEvidence("decree.pdf", html))
                .as("HTML named like a PDF")
                .hasMessage("institution.evidence.type");
        assertThatThrownBy(() -> membership.uploadEvidence("big.pdf", new byte[5 * 1024 * 1024 + 1]))
                .hasMessage("institution.evidence.tooBig");
        var pdf = TestDocuments.pdf("Decree of appointment");
        assertThat(membership.uploadEvidence("../../etc/Arrêté <nomination>.pdf", pdf))
                .isEqualTo("Arrêté_nomination_.pdf");
        assertThat(membership.myEvidenceName()).contains("Arrêté_nomination_.pdf");

        users.signIn(users.active("Admin", Role.ADMIN));
        var document = review.evidence(id).orElseThrow();
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.content()).isEqualTo(pdf);
        users.signIn(users.active("Expert", Role.EXPERT));
        assertThatThrownBy(() -> review.evidence(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aSecondRepresentativeJoinsWhenTheFirstApprovesAndThenActsForTheInstitution() {
        var first = fixtures.representative("First rep", true);
        var institution = institutions.mine().orElseThrow();
        var draft = missions.create(MissionFixtures.form("Shared mission"));

        var second = users.active("Second rep", Role.INSTITUTION_REP);
        users.signIn(second);
        assertThat(membership.joinable()).extracting(InstitutionSummary::id).contains(institution.id());
        membership.requestToJoin(institution.id(), "I head the training unit.");
        assertThatThrownBy(() -> membership.requestToJoin(institution.id(), "again"))
                .hasMessage("institution.join.pending");
        assertThat(missions.mine()).isEmpty();

        var outsider = fixtures.representative("Outsider rep", true);
        assertThat(membership.pendingRequests()).isEmpty();
        users.signIn(first);
        var request = membership.pendingRequests().getFirst();
        assertThat(request.requesterEmail()).isEqualTo(second.getEmail());
        users.signIn(outsider);
        assertThatThrownBy(() -> membership.decide(request.id(), true)).hasMessage("institution.join.none");

        users.signIn(first);
        membership.decide(request.id(), true);
        assertThat(membership.colleagues()).containsExactly("Second rep");

        users.signIn(second);
        assertThat(institutions.mine().orElseThrow().id()).isEqualTo(institution.id());
        assertThat(missions.mine()).extracting(m -> m.id()).containsExactly(draft.id());
        assertThat(missions.submit(draft.id(), draft.version()).status()).isEqualTo(MissionStatus.SUBMITTED);

        var third = users.active("Third rep", Role.INSTITUTION_REP);
        users.signIn(third);
        membership.requestToJoin(institution.id(), "");
        users.signIn(second);
        var thirdRequest = membership.pendingRequests().getFirst();
        membership.decide(thirdRequest.id(), false);
        assertThatThrownBy(() -> membership.decide(thirdRequest.id(), true)).hasMessage("institution.join.decided");
        users.signIn(third);
        assertThat(institutions.mine()).isEmpty();
        assertThat(membership.myJoinRequest().orElseThrow().status()).isEqualTo(JoinRequestStatus.REJECTED);
    }
}
