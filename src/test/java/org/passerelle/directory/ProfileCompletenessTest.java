package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileCompletenessTest {

    @Test
    void anEmptyProfileListsEveryStepHeadlineFirst() {
        var completeness = ProfileCompleteness.of(new ProfileForm());
        assertThat(completeness.percent()).isZero();
        assertThat(completeness.nextSteps()).hasSize(8).first().isEqualTo("profile.next.headline");
    }

    @Test
    void aFullProfileIsComplete() {
        var form = new ProfileForm();
        form.setHeadline("Paediatric surgeon");
        form.setSectors(Set.of("health"));
        form.setSkills(Set.of("surgery", "paediatrics", "training"));
        form.setHeritageCountries(Set.of("ML"));
        form.setResidenceCountry("FR");
        form.setLanguages(List.of(new LanguageSkill("fr", ProficiencyLevel.NATIVE)));
        form.setAvailability(
                List.of(new AvailabilityWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), true, true)));
        form.setBio("x".repeat(250));
        assertThat(ProfileCompleteness.of(form)).isEqualTo(new ProfileCompleteness(100, List.of()));

        form.setSkills(Set.of("surgery"));
        assertThat(ProfileCompleteness.of(form).nextSteps()).containsExactly("profile.next.skills");
        assertThat(ProfileCompleteness.of(form).percent()).isEqualTo(87);
    }
}
