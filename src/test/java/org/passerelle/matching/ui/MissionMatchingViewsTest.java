package org.passerelle.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.matching.AlertFrequency;
import org.passerelle.matching.MissionAlertService;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.missions.MissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

class MissionMatchingViewsTest extends KaribuTest {

    @Autowired
    MissionFixtures fixtures;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ApplicationService applications;

    @Autowired
    MissionAlertService alerts;

    long expert(String name, String skill) {
        var user = testUsers.active(name, Role.EXPERT);
        testUsers.signIn(user);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(name);
        form.setHeadline(skill + " specialist");
        form.setSkills(new LinkedHashSet<>(List.of(skill)));
        form.setSectors(new LinkedHashSet<>(List.of("health")));
        profiles.update(id, form);
        return id;
    }

    @Test
    void theRepresentativeSeesExplainedCandidatesAndInvitesOne() {
        var skill = "haematology" + System.nanoTime() % 100000;
        var profile = expert("Explained candidate", skill);
        var rep = fixtures.representative("Candidates rep", true);
        var form = MissionFixtures.form("Blood " + skill);
        form.setSkills(new LinkedHashSet<>(List.of(skill)));
        form.setLanguages(new ArrayList<>());
        var mission = fixtures.published(rep, form);

        signIn(rep);
        navigate("candidates/" + mission.id());
        var card = _get(Div.class, spec -> spec.withId("candidate-" + profile));
        var lines = _find(card, ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("Matched").contains("Skills", skill));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Sector").contains("Health"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("Not matched").contains("Verified qualification"));

        _click(_get(Button.class, spec -> spec.withId("invite-" + profile)));
        type(_get(TextArea.class, spec -> spec.withId("invite-message")), "Your profile fits.");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        testUsers.signIn(rep);
        assertThat(applications.applicants(mission.id()))
                .extracting(a -> a.status())
                .containsExactly(ApplicationStatus.INVITED);
        assertThat(_find(Button.class, spec -> spec.withId("invite-" + profile)))
                .isEmpty();
    }

    long epidemiologist(String name, String headline, String skill, LocalDate from, LocalDate to) {
        var user = testUsers.active(name, Role.EXPERT);
        testUsers.signIn(user);
        var id = profiles.myProfileId();
        var form = profiles.myProfile();
        form.setDisplayName(name);
        form.setHeadline(headline);
        form.setSkills(new LinkedHashSet<>(List.of(skill)));
        form.setSectors(new LinkedHashSet<>(List.of("health")));
        form.setLanguages(new ArrayList<>(List.of(
                new LanguageSkill("en", ProficiencyLevel.NATIVE), new LanguageSkill("fr", ProficiencyLevel.C1))));
        form.setAvailability(new ArrayList<>(List.of(new AvailabilityWindow(from, to, true, true))));
        profiles.update(id, form);
        return id;
    }

    @Test
    void aFrenchMissionShowsAnEnglishOnlyExpertAsAStrongMatchAndAnUnavailableOneFlaggedAndInvitable() {
        var tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        var english = epidemiologist(
                "Field epi " + tag,
                "Field epidemiologist, " + tag,
                "outbreak investigation",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        var away = epidemiologist(
                "Away epi " + tag,
                "Epidemiologist, " + tag,
                "epidemiology",
                LocalDate.of(2028, 1, 10),
                LocalDate.of(2028, 6, 30));
        var rep = fixtures.representative("Surveillance rep " + tag, true);
        var form = MissionFixtures.form("Renforcement de la surveillance épidémiologique");
        form.setSummary("Renforcer la surveillance du choléra et de la rougeole dans la région de Mopti.");
        form.setSkills(new LinkedHashSet<>(List.of("épidémiologie", "santé publique")));
        var mission = fixtures.published(rep, form);

        useLocale(Locale.FRENCH);
        signIn(rep);
        navigate("candidates/" + mission.id());
        assertThat(_get(H2.class, spec -> spec.withId("tier-strong")).getText()).startsWith("Correspondances fortes");
        var card = _get(Div.class, spec -> spec.withId("candidate-" + english));
        var lines = _find(card, ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Correspond")
                        .contains("Compétences", "épidémiologie", "« Field epidemiologist »", "(écrit en anglais)"));
        assertThat(lines)
                .as("dates in the French way")
                .anySatisfy(line -> assertThat(line).contains("Disponibilité").contains("janv. 2027"));

        var awayCard = _get(Div.class, spec -> spec.withId("candidate-" + away));
        assertThat(awayCard.getElement().getTextRecursively())
                .contains("Non disponible pendant la mission", "10 janv. 2028");
        _click(_get(Button.class, spec -> spec.withId("invite-" + away)));
        type(_get(TextArea.class, spec -> spec.withId("invite-message")), "Seriez-vous libre plus tôt ?");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        testUsers.signIn(rep);
        assertThat(applications.applicants(mission.id()))
                .extracting(a -> a.profileId())
                .contains(away);
    }

    @Test
    void theBoardSearchesInFrenchAndAnExpertChoosesAlerts() {
        var rep = fixtures.representative("Board rep", true);
        var title = "Télémédecine rurale " + System.nanoTime();
        fixtures.published(rep, MissionFixtures.form(title));
        testUsers.signOut();

        useLocale(Locale.FRENCH);
        navigate("missions");
        assertThat(_get(H1.class).getText()).isEqualTo("Missions");
        type(_get(TextField.class, spec -> spec.withId("board-text")), title);
        var cards = _find(Div.class, spec -> spec.withClasses("result-card"));
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains(title, "Sur place");

        var expert = testUsers.active("Alerted expert", Role.EXPERT);
        signIn(expert);
        navigate("missions/for-you");
        @SuppressWarnings("unchecked")
        Select<AlertFrequency> frequency = _get(Select.class, spec -> spec.withId("alert-frequency"));
        type(frequency, AlertFrequency.WEEKLY);
        testUsers.signIn(expert);
        assertThat(alerts.myFrequency()).isEqualTo(AlertFrequency.WEEKLY);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(
                        "Aucune mission publiée ne correspond encore à votre profil. Ajoutez des compétences, secteurs"
                                + " et disponibilités pour en trouver davantage.");
    }
}
