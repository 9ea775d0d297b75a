package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.directory.internal.PhotoProcessorTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ExpertProfileServiceIT {

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    /** An expert with a filled profile whose sections have the given visibilities; returns the profile id. */
    private UserAccount lastExpert;

    long expertWithProfile(Visibility identity, Visibility origins, Visibility expertise) {
        var expert = testUsers.active("Dr Fatoumata Keïta", Role.EXPERT);
        lastExpert = expert;
        testUsers.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("Gynécologue-obstétricienne");
        form.setHeritageCountries(Set.of("ML", "SN"));
        form.setResidenceCountry("FR");
        form.setResidenceCity("Lyon");
        form.setSectors(Set.of("health"));
        form.setSkills(Set.of("obstétrique", "formation de sages-femmes"));
        form.setLanguages(List.of(
                new LanguageSkill("fr", ProficiencyLevel.NATIVE), new LanguageSkill("bm", ProficiencyLevel.C1)));
        form.setAvailability(
                List.of(new AvailabilityWindow(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 15), true, true)));
        form.setBio("Je forme des **sages-femmes**. <script>alert('x')</script>");
        form.getVisibility().put(ProfileSection.IDENTITY, identity);
        form.getVisibility().put(ProfileSection.ORIGINS, origins);
        form.getVisibility().put(ProfileSection.EXPERTISE, expertise);
        profiles.update(id, form);
        testUsers.signOut();
        return id;
    }

    @Test
    void membersSeeMembersSectionsTheOwnerSeesAllAndTheBioIsSanitised() {
        var id = expertWithProfile(Visibility.MEMBERS, Visibility.ONLY_ME, Visibility.MEMBERS);
        assertThat(profiles.view(id)).as("a visitor: the name is for members").isEmpty();
        testUsers.signIn(lastExpert);
        var own = profiles.view(id).orElseThrow();
        assertThat(own.own()).isTrue();
        assertThat(own.hidden()).isEmpty();
        assertThat(own.residenceCity()).isEqualTo("Lyon");
        var expert = testUsers.active("Other", Role.EXPERT);
        testUsers.signIn(expert);
        var asMember = profiles.view(id).orElseThrow();
        assertThat(asMember.heritageCountries()).isEmpty();
        assertThat(asMember.residenceCity()).isEmpty();
        assertThat(asMember.hidden()).containsExactly(ProfileSection.ORIGINS);
        assertThat(asMember.skills()).contains("obstétrique");
        assertThat(asMember.bioHtml()).contains("<strong>sages-femmes</strong>").doesNotContain("<script");
    }

    @Test
    void aVisitorSeesOnlyPublicSections() {
        var id = expertWithProfile(Visibility.PUBLIC, Visibility.PUBLIC, Visibility.VERIFIED_INSTITUTIONS);
        var asVisitor = profiles.view(id).orElseThrow();
        assertThat(asVisitor.displayName()).isEqualTo("Dr Fatoumata Keïta");
        assertThat(asVisitor.heritageCountries()).containsExactlyInAnyOrder("ML", "SN");
        assertThat(asVisitor.skills()).isEmpty();
        assertThat(asVisitor.languages()).isEmpty();
        assertThat(asVisitor.bioHtml()).as("bio is members-only by default").isEmpty();
        assertThat(asVisitor.hidden())
                .containsExactlyInAnyOrder(
                        ProfileSection.EXPERTISE,
                        ProfileSection.QUALIFICATIONS,
                        ProfileSection.EXPERIENCE,
                        ProfileSection.PUBLICATIONS,
                        ProfileSection.AVAILABILITY,
                        ProfileSection.BIO);

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        assertThat(profiles.view(id).orElseThrow().skills())
                .as("administrators count as verified")
                .isNotEmpty();
    }

    @Test
    void anExpertCannotEditAnotherExpertsProfile() {
        var victim = expertWithProfile(Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS);
        var attacker = testUsers.active("Attacker", Role.EXPERT);
        testUsers.signIn(attacker);
        var form = profiles.myProfile();
        form.setHeadline("defaced");
        assertThatThrownBy(() -> profiles.update(victim, form)).isInstanceOf(AccessDeniedException.class);

        testUsers.signIn(testUsers.active("Admin", Role.ADMIN));
        assertThat(profiles.view(victim).orElseThrow().headline()).isEqualTo("Gynécologue-obstétricienne");
        assertThatThrownBy(() -> profiles.update(victim, form))
                .as("not even an administrator edits a profile")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        var expert = testUsers.active("Careful", Role.EXPERT);
        testUsers.signIn(expert);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setHeadline("x".repeat(161));
        assertThatThrownBy(() -> profiles.update(id, form)).isInstanceOf(ConstraintViolationException.class);

        var forged = profiles.myProfile();
        forged.setHeritageCountries(Set.of("XX"));
        assertThatThrownBy(() -> profiles.update(id, forged))
                .isInstanceOf(ExpertProfileService.UnknownReferenceException.class);
        forged.setHeritageCountries(Set.of());
        forged.setSectors(Set.of("<script>"));
        assertThatThrownBy(() -> profiles.update(id, forged))
                .isInstanceOf(ExpertProfileService.UnknownReferenceException.class);
        var badWindow = profiles.myProfile();
        badWindow.setAvailability(
                List.of(new AvailabilityWindow(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), true, false)));
        assertThatThrownBy(() -> profiles.update(id, badWindow)).isInstanceOf(ConstraintViolationException.class);

        assertThat(profiles.myProfile().getHeadline()).isEmpty();
    }

    @Test
    void institutionsAndVisitorsHaveNoProfileToEdit() {
        testUsers.signIn(testUsers.active("Ministry", Role.INSTITUTION_REP));
        assertThatThrownBy(() -> profiles.myProfileId()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aPhotoIsShownOnlyToThoseWhoMaySeeTheName() throws Exception {
        var id = expertWithProfile(Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS);
        testUsers.signIn(lastExpert);
        profiles.uploadMyPhoto(PhotoProcessorTest.image("png", 800, 800, BufferedImage.TYPE_INT_RGB));
        assertThat(profiles.photo(id)).isPresent();
        assertThatThrownBy(() -> profiles.uploadMyPhoto("<html>".getBytes()))
                .isInstanceOf(PhotoRejectedException.class);
        assertThat(profiles.photo(id)).as("the old photo stays").isPresent();
        testUsers.signOut();
        assertThat(profiles.photo(id)).as("a visitor").isEmpty();
        testUsers.signIn(testUsers.active("Member", Role.EXPERT));
        assertThat(profiles.photo(id)).isPresent();
        testUsers.signIn(lastExpert);
        profiles.removeMyPhoto();
        assertThat(profiles.photo(id)).isEmpty();
    }

    @Test
    void linksMustBeWebAddressesAndExperienceIsKept() {
        testUsers.signIn(testUsers.active("Linked", Role.EXPERT));
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setLinks(List.of(new ProfileLink(ProfileLink.Kind.WEBSITE, "Mon site", "javascript:alert(1)")));
        assertThatThrownBy(() -> profiles.update(id, form)).isInstanceOf(ConstraintViolationException.class);
        form.setLinks(List.of(new ProfileLink(ProfileLink.Kind.PUBLICATION, "Article", "https://example.org/a")));
        form.setExperience(List.of(new Experience("Chef de service", "CHU du Point G", "ML", 2010, 2018, "")));
        profiles.update(id, form);
        var view = profiles.view(id).orElseThrow();
        assertThat(view.links()).extracting(ProfileLink::url).containsExactly("https://example.org/a");
        assertThat(view.experience()).extracting(Experience::organisation).containsExactly("CHU du Point G");
    }
}
