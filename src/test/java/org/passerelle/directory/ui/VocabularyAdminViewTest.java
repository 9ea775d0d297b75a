package org.passerelle.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.accounts.Role;
import org.passerelle.directory.Vocabulary;
import org.passerelle.directory.VocabularyService.ConceptSummary;
import org.springframework.beans.factory.annotation.Autowired;

class VocabularyAdminViewTest extends KaribuTest {

    @Autowired
    Vocabulary vocabulary;

    @SuppressWarnings("unchecked")
    private static Grid<ConceptSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("vocabulary-grid"));
    }

    private static List<ConceptSummary> rows() {
        return IntStream.range(0, GridKt._size(grid()))
                .mapToObj(i -> GridKt._get(grid(), i))
                .toList();
    }

    @Test
    void anAdminFindsAConceptByAnyLabelAndAddsASynonymWithBadInputExplainedInFrench() {
        signIn(testUsers.active("Admin", Role.ADMIN));
        useLocale(Locale.FRENCH);
        navigate("admin/vocabulary");
        type(_get(TextField.class, spec -> spec.withId("vocabulary-filter")), "midwife");
        var midwifery = rows().stream()
                .filter(c -> c.id().equals("health/midwifery"))
                .findFirst()
                .orElseThrow();
        assertThat(midwifery.labels()).containsKeys("en", "fr", "ar");

        GridKt._clickItem(grid(), rows().indexOf(midwifery));
        var label = _get(TextField.class, spec -> spec.withId("concept-label"));
        type(label, "");
        _click(_get(Button.class, spec -> spec.withId("concept-save")));
        assertThat(label.getErrorMessage()).startsWith("Saisissez le libellé");
        type(label, "épidémiologie");
        _click(_get(Button.class, spec -> spec.withId("concept-save")));
        assertThat(label.getErrorMessage()).isEqualTo("Ce libellé désigne déjà un concept : un libellé, un concept.");

        var synonym = "accoucheuse traditionnelle formée "
                + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        type(label, synonym);
        _click(_get(Button.class, spec -> spec.withId("concept-save")));
        assertThat(vocabulary.find("Une " + synonym))
                .extracting(m -> m.conceptId())
                .containsExactly("health/midwifery");
    }
}
