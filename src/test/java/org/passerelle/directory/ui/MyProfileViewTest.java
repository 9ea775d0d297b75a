package org.passerelle.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

class MyProfileViewTest extends KaribuTest {

    @Autowired
    ExpertProfileService profiles;

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> multi(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void anExpertFillsTheProfileAndCompletenessGoesUp() {
        var expert = testUsers.active("Amadou Diarra", Role.EXPERT);
        signIn(expert);
        navigate("profile");
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-completeness-text"))
                        .getText())
                .isEqualTo("Your profile is 0% complete.");
        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).getValue())
                .isEqualTo("Amadou Diarra");

        type(_get(TextField.class, spec -> spec.withId("profile-headline")), "Hydraulic engineer <b>bold</b>");
        this.<String>multi("profile-heritage").setValue(Set.of("ML"));
        @SuppressWarnings("unchecked")
        ComboBox<String> residence = _get(ComboBox.class, spec -> spec.withId("profile-residence-country"));
        residence.setValue("CA");
        this.<String>multi("profile-sectors").setValue(Set.of("water", "energy"));
        this.<String>multi("profile-skills").setValue(Set.of("boreholes", "irrigation", "solar pumps"));
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withId("profile-language-new"));
        language.setValue("bm");
        @SuppressWarnings("unchecked")
        Select<ProficiencyLevel> level = _get(Select.class, spec -> spec.withId("profile-language-level-new"));
        level.setValue(ProficiencyLevel.NATIVE);
        _click(_get(Button.class, spec -> spec.withId("profile-language-add")));
        @SuppressWarnings("unchecked")
        Select<Visibility> origins = _get(Select.class, spec -> spec.withId("visibility-origins"));
        origins.setValue(Visibility.PUBLIC);
        save();

        var saved = profiles.myProfile();
        assertThat(saved.getHeadline()).isEqualTo("Hydraulic engineer <b>bold</b>");
        assertThat(saved.getHeritageCountries()).containsExactly("ML");
        assertThat(saved.getResidenceCountry()).isEqualTo("CA");
        assertThat(saved.getSectors()).containsExactlyInAnyOrder("water", "energy");
        assertThat(saved.getLanguages()).hasSize(1);
        assertThat(saved.visibilityOf(ProfileSection.ORIGINS)).isEqualTo(Visibility.PUBLIC);
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-completeness-text"))
                        .getText())
                .isEqualTo("Your profile is 75% complete.");
    }

    @Test
    void badInputIsExplainedInFrenchNextToTheFieldsAndNothingIsSaved() {
        signIn(testUsers.active("Prudence", Role.EXPERT));
        useLocale(Locale.FRENCH);
        navigate("profile");
        assertThat(_get(H1.class).getText()).isEqualTo("Mon profil d’expert");
        var name = _get(TextField.class, spec -> spec.withId("profile-name"));
        type(name, "");
        var bio = _get(TextArea.class, spec -> spec.withId("profile-bio"));
        type(bio, "x".repeat(10_001));
        var weeks = _get(IntegerField.class, spec -> spec.withId("profile-weeks"));
        type(weeks, 60);
        save();
        assertThat(name.getErrorMessage()).isEqualTo("Saisissez le nom à afficher sur votre profil.");
        assertThat(bio.getErrorMessage())
                .startsWith("Ce champ peut compter au plus 10")
                .endsWith("000 caractères.");
        assertThat(weeks.getErrorMessage()).isEqualTo("Entre 1 et 52 semaines.");
        assertThat(profiles.myProfile().getDisplayName()).isEqualTo("Prudence");
    }

    static List<String> suggestions(MultiSelectComboBox<String> skills, String typed) {
        @SuppressWarnings("unchecked")
        var provider = (DataProvider<String, String>) skills.getDataProvider();
        return provider.fetch(new Query<String, String>(0, 50, null, null, typed))
                .toList();
    }

    @Test
    void skillsAutocompleteFromOtherExperts() {
        signIn(testUsers.active("Skilled", Role.EXPERT));
        var form = profiles.myProfile();
        form.setSkills(Set.of("hydrogéologie"));
        profiles.update(profiles.myProfileId(), form);
        signIn(testUsers.active("Newcomer", Role.EXPERT));
        navigate("profile");
        MultiSelectComboBox<String> skills = multi("profile-skills");
        assertThat(suggestions(skills, "")).contains("hydrogéologie");
    }

    @Test
    void skillsAutocompleteConceptsInTheReadersLanguageWhateverLanguageIsTyped() {
        useLocale(Locale.FRENCH);
        signIn(testUsers.active("Concepts", Role.EXPERT));
        navigate("profile");
        MultiSelectComboBox<String> skills = multi("profile-skills");
        assertThat(suggestions(skills, "midwif"))
                .as("English typed, French shown")
                .contains("maïeutique");
        assertThat(suggestions(skills, "épidémio")).contains("épidémiologie");
        this.<String>multi("profile-skills").setValue(Set.of("épidémiologie", "my own words"));
        assertThat(skills.getValue()).contains("my own words");
    }

    @Test
    void theBioPreviewShowsFormattingButNoScript() {
        signIn(testUsers.active("Writer", Role.EXPERT));
        navigate("profile");
        type(_get(TextArea.class, spec -> spec.withId("profile-bio")), "**Surgeon** <script>alert(1)</script>");
        var preview = _get(Div.class, spec -> spec.withId("profile-bio-preview"));
        var html = _find(preview, Html.class).getFirst().getInnerHtml();
        assertThat(html).contains("<strong>Surgeon</strong>").doesNotContain("<script");
    }
}
