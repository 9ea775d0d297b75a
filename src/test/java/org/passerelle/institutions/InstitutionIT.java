package org.passerelle.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
public class InstitutionIT {

    @Autowired
    InstitutionService institutions;

    @Autowired
    InstitutionReviewService review;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    public static InstitutionForm form(String name) {
        var form = new InstitutionForm();
        form.setName(name);
        form.setType(InstitutionType.PUBLIC_HOSPITAL);
        form.setCountry("ML");
        form.setCity("Bamako");
        form.setWebsite("https://chu-pointg.example.ml");
        form.setEmailDomain("chu-pointg.ml");
        return form;
    }

    @Test
    void aRepresentativeRegistersAndAnAdministratorVerifiesOrRejectsWithAReason() {
        var rep = testUsers.active("Hospital rep", Role.INSTITUTION_REP);
        testUsers.signIn(rep);
        var registered = institutions.register(form("CHU du Point G " + System.nanoTime()));
        assertThat(registered.status()).isEqualTo(InstitutionStatus.PENDING);
        assertThatThrownBy(() -> institutions.register(form("Second"))).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> review.pending()).isInstanceOf(AuthorizationDeniedException.class);

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        assertThat(review.pending()).extracting(InstitutionDetails::id).contains(registered.id());
        assertThatThrownBy(() -> review.reject(registered.id(), " ")).isInstanceOf(RefusedException.class);
        review.reject(registered.id(), "The evidence does not name the hospital.");

        testUsers.signIn(rep);
        var mine = institutions.mine().orElseThrow();
        assertThat(mine.status()).isEqualTo(InstitutionStatus.REJECTED);
        assertThat(mine.rejectionReason()).isEqualTo("The evidence does not name the hospital.");
        institutions.update(institutions.myForm().orElseThrow());
        assertThat(institutions.mine().orElseThrow().status())
                .as("corrected and sent again")
                .isEqualTo(InstitutionStatus.PENDING);

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        assertThat(review.verify(registered.id()).status()).isEqualTo(InstitutionStatus.VERIFIED);
    }

    @Test
    void onlyRepresentativesRegisterAndBadInputIsRefused() {
        testUsers.signIn(testUsers.active("Expert", Role.EXPERT));
        assertThatThrownBy(() -> institutions.register(form("Not mine")))
                .isInstanceOf(AuthorizationDeniedException.class);
        testUsers.signIn(testUsers.active("Rep", Role.INSTITUTION_REP));
        var bad = form("x".repeat(201));
        bad.setWebsite("javascript:alert(1)");
        assertThatThrownBy(() -> institutions.register(bad)).isInstanceOf(ConstraintViolationException.class);
        var unknownCountry = form("Somewhere");
        unknownCountry.setCountry("XX");
        assertThatThrownBy(() -> institutions.register(unknownCountry)).isInstanceOf(RefusedException.class);
        assertThat(institutions.mine()).isEmpty();
    }

    @Test
    void representativesOfAVerifiedInstitutionSeeWhatIsKeptForVerifiedInstitutions() {
        var expert = testUsers.active("Careful expert", Role.EXPERT);
        testUsers.signIn(expert);
        var profileId = profiles.myProfileId();
        var profile = profiles.myProfile();
        profile.setSkills(Set.of("confidential skill"));
        profile.getVisibility().put(ProfileSection.EXPERTISE, Visibility.VERIFIED_INSTITUTIONS);
        profiles.update(profileId, profile);

        var rep = testUsers.active("Ministry rep", Role.INSTITUTION_REP);
        testUsers.signIn(rep);
        var institution = institutions.register(form("Ministère " + System.nanoTime()));
        assertThat(profiles.view(profileId).orElseThrow().skills())
                .as("not verified yet")
                .isEmpty();

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        review.verify(institution.id());
        testUsers.signIn(rep);
        assertThat(profiles.view(profileId).orElseThrow().skills()).containsExactly("confidential skill");
    }
}
