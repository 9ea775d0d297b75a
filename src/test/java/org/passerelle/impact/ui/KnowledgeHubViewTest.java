package org.passerelle.impact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.impact.ImpactDataset;
import org.springframework.beans.factory.annotation.Autowired;

class KnowledgeHubViewTest extends KaribuTest {

    @Autowired
    ImpactDataset data;

    static List<String> lessonIds() {
        return _find(Div.class, spec -> spec.withClasses("result-card")).stream()
                .map(card -> card.getId().orElse(""))
                .toList();
    }

    @Test
    void lessonsAreFilteredByAreaAndAModeratorFeaturesOne() {
        var sector = data.registeredSector();
        var tuvalu = data.tuvalu(sector);
        var institution = data.institution("Senegal ministry " + sector, "SN");
        var senegal = data.mission(
                institution, "Irrigation in Podor", "SN", sector, "EVALUATED", ImpactDataset.day("2026-02-01"));
        data.summary(
                tuvalu.m1(),
                "<p>Test kits must be ordered <strong>early</strong>.</p>",
                ImpactDataset.day("2026-03-20"));
        data.summary(senegal, "<p>Drip lines halve water use.</p>", ImpactDataset.day("2026-03-01"));

        navigate("knowledge?sector=" + sector);
        assertThat(lessonIds()).containsExactly("lesson-" + tuvalu.m1(), "lesson-" + senegal);
        assertThat(_get(Div.class, spec -> spec.withId("lesson-" + tuvalu.m1()))
                        .getElement()
                        .getTextRecursively())
                .contains("Water quality lab", "40 people trained");

        @SuppressWarnings("unchecked")
        ComboBox<String> area = _get(ComboBox.class, spec -> spec.withId("knowledge-area"));
        type(area, "011");
        assertThat(lessonIds()).containsExactly("lesson-" + senegal);
        assertThat(_find(Button.class, spec -> spec.withId("feature-" + senegal)))
                .as("visitors curate nothing")
                .isEmpty();

        signIn(testUsers.active("Hub moderator", Role.MODERATOR));
        navigate("knowledge?sector=" + sector);
        _click(_get(Button.class, spec -> spec.withId("feature-" + senegal)));
        assertThat(lessonIds()).as("featured first").containsExactly("lesson-" + senegal, "lesson-" + tuvalu.m1());
        assertThat(_get(Button.class, spec -> spec.withId("feature-" + senegal)).getText())
                .isEqualTo("Stop featuring");
    }

    @Test
    void theHubSpeaksFrenchAndSaysWhenThereIsNothing() {
        useLocale(Locale.FRENCH);
        navigate("knowledge?sector=" + data.registeredSector());
        assertThat(_get(H1.class).getText()).isEqualTo("Pôle de connaissances");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("knowledge-list"))
                        .getElement()
                        .getTextRecursively())
                .contains("Aucun enseignement publié");
    }
}
