package org.passerelle.missions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.WorkMode;
import org.springframework.beans.factory.annotation.Autowired;

class MissionViewsTest extends KaribuTest {

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    MissionService missions;

    @Autowired
    ApplicationService applications;

    @Autowired
    ExpertProfileService profiles;

    static String notifications() {
        return String.join(
                " | ",
                _find(Notification.class).stream()
                        .map(n -> n.getElement().getProperty("text"))
                        .toList());
    }

    @Test
    void aRepresentativeDraftsAMissionAfterFixingBadInputAndNothingTypedIsLost() {
        var rep = fixtures.representative("Editor rep", true);
        signIn(rep);
        navigate("mission-edit");
        var title = _get(TextField.class, spec -> spec.withId("mission-title"));
        _click(_get(Button.class, spec -> spec.withId("mission-save")));
        assertThat(title.getErrorMessage()).isEqualTo("Enter a title.");

        type(title, "Cardiology <b>training</b>");
        type(_get(TextArea.class, spec -> spec.withId("mission-summary")), "Train cardiologists in Kayes");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> sectors = _get(MultiSelectComboBox.class, spec -> spec.withId("mission-sectors"));
        type(sectors, Set.of("health"));
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("mission-country"));
        type(country, "ML");
        @SuppressWarnings("unchecked")
        Select<WorkMode> mode = _get(Select.class, spec -> spec.withId("mission-mode"));
        type(mode, WorkMode.ON_SITE);
        var start = _get(DatePicker.class, spec -> spec.withId("mission-start"));
        var end = _get(DatePicker.class, spec -> spec.withId("mission-end"));
        type(start, LocalDate.of(2027, 6, 1));
        type(end, LocalDate.of(2027, 5, 1));
        type(_get(IntegerField.class, spec -> spec.withId("mission-duration")), 2);
        _click(_get(Button.class, spec -> spec.withId("mission-save")));
        assertThat(end.getErrorMessage()).isEqualTo("The last day comes before the first.");
        assertThat(title.getValue()).as("nothing typed is lost").isEqualTo("Cardiology <b>training</b>");
        assertThat(missions.mine()).isEmpty();

        type(end, LocalDate.of(2027, 6, 30));
        _click(_get(Button.class, spec -> spec.withId("mission-save")));
        assertThat(missions.mine()).extracting(m -> m.title()).containsExactly("Cardiology <b>training</b>");
        assertThat(_get(H1.class).getText()).isEqualTo("Cardiology <b>training</b>");
        assertThat(_get(Span.class, spec -> spec.withId("mission-status")).getText())
                .isEqualTo("Draft");
    }

    @Test
    void aStaleTabIsToldTheMissionChangedAndShowsItsCurrentState() {
        var rep = fixtures.representative("Stale rep", true);
        var draft = missions.create(MissionFixtures.form("Stale mission"));
        signIn(rep);
        navigate("mission/" + draft.id());
        // meanwhile, in another tab
        testUsers.signIn(rep);
        missions.submit(draft.id(), draft.version());

        _click(_get(Button.class, spec -> spec.withId("mission-submit")));
        assertThat(notifications()).contains("This mission changed since you opened it.");
        assertThat(_get(Span.class, spec -> spec.withId("mission-status")).getText())
                .isEqualTo("Submitted for review");
    }

    @Test
    void anAdministratorPublishesAndAnExpertAppliesInFrench() {
        var rep = fixtures.representative("Review rep", true);
        var draft = missions.create(MissionFixtures.form("Mission à valider"));
        var submitted = missions.submit(draft.id(), draft.version());
        signIn(testUsers.active("Admin", Role.ADMIN));
        navigate("mission/" + submitted.id());
        _click(_get(Button.class, spec -> spec.withId("mission-publish")));
        assertThat(_get(Span.class, spec -> spec.withId("mission-status")).getText())
                .isEqualTo("Published");

        var expert = testUsers.active("Expert francophone", Role.EXPERT);
        testUsers.signIn(expert);
        profiles.myProfileId();
        signIn(expert);
        useLocale(Locale.FRENCH);
        navigate("mission/" + submitted.id());
        _click(_get(Button.class, spec -> spec.withId("application-send")));
        var motivation = _get(TextArea.class, spec -> spec.withId("application-motivation"));
        assertThat(motivation.getErrorMessage()).isEqualTo("Dites pourquoi vous voulez participer.");
        type(motivation, "J’ai formé des équipes similaires.");
        _click(_get(Button.class, spec -> spec.withId("application-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("application-status"))
                        .getText())
                .isEqualTo("Candidature envoyée");

        testUsers.signIn(rep);
        assertThat(applications.applicants(submitted.id())).hasSize(1);
        assertThat(missions.get(submitted.id()).status()).isEqualTo(MissionStatus.PUBLISHED);
    }
}
