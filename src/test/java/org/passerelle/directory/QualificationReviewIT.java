package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;
import org.passerelle.matching.QueryBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class QualificationReviewIT {

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    QualificationReviewService review;

    @Autowired
    ExpertSearchService search;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void aModeratorVerifiesAndAChangeWithdrawsTheVerification() {
        var tag = "qv" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        var expert = testUsers.active("Qualified", Role.EXPERT);
        testUsers.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline(tag);
        for (var section : ProfileSection.values()) {
            form.getVisibility().put(section, Visibility.PUBLIC);
        }
        form.setQualifications(List.of(new Qualification(
                null, Qualification.Kind.LICENCE, "Doctorat en pharmacie " + tag, "Université de Dakar", 2009, true)));
        profiles.update(id, form);
        assertThat(profiles.myProfile().getQualifications().getFirst().verified())
                .as("an expert cannot verify their own")
                .isFalse();
        assertThatThrownBy(() -> review.pending(10)).isInstanceOf(AuthorizationDeniedException.class);

        testUsers.signIn(testUsers.active("Moderator", Role.MODERATOR));
        var pending = review.pending(500).stream()
                .filter(p -> p.profileId() == id)
                .findFirst()
                .orElseThrow();
        review.verify(pending.qualification().id());
        var verifiedOnly = QueryBuilder.query(tag).verified().build();
        assertThat(search.count(verifiedOnly)).isEqualTo(1);
        // other tests' pharmacists may match "pharmacie" too: this one, with its unique word, comes first
        assertThat(search.page(ExpertQuery.all().withText("pharmacie " + tag), 0, 5)
                        .hits()
                        .getFirst()
                        .id())
                .isEqualTo(id);
        assertThat(search.facets(ExpertQuery.all().withText(tag)).verifiedQualifications())
                .isEqualTo(1);

        testUsers.signIn(expert);
        var same = profiles.myProfile();
        profiles.update(id, same);
        assertThat(profiles.myProfile().getQualifications().getFirst().verified())
                .as("saving without change keeps it")
                .isTrue();
        var changed = profiles.myProfile();
        var q = changed.getQualifications().getFirst();
        changed.setQualifications(new ArrayList<>(
                List.of(new Qualification(q.id(), q.kind(), q.title(), q.issuer(), 2010, q.verified()))));
        profiles.update(id, changed);
        assertThat(profiles.myProfile().getQualifications().getFirst().verified())
                .as("a changed year withdraws it")
                .isFalse();
        assertThat(search.count(verifiedOnly)).isZero();
    }
}
