package org.passerelle.impact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.impact.ImpactDataset;
import org.springframework.beans.factory.annotation.Autowired;

class ImpactViewTest extends KaribuTest {

    @Autowired
    ImpactDataset data;

    @SuppressWarnings("unchecked")
    static List<List<String>> table(String id) {
        Grid<List<String>> grid = _get(Grid.class, spec -> spec.withId(id));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    static String totals() {
        return _get(FlexLayout.class, spec -> spec.withId("impact-totals"))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void theDashboardShowsTheSelectionsFiguresWithATableBesideEachChartAndFollowsItsFilters() {
        var sector = data.registeredSector();
        data.tuvalu(sector);

        navigate("impact?sector=" + sector);
        assertThat(totals())
                .contains("3Missions published", "40People trained", "9Experts who applied or were selected");
        assertThat(table("impact-trend-table"))
                .containsExactly(List.of("2026 Q1", "2", "2", "1"), List.of("2026 Q2", "1", "0", "0"));
        assertThat(table("impact-by-gender-table"))
                .contains(List.of("Women", "7", "<5", "<5"), List.of("Men", "<5", "<5", "<5"));
        assertThat(_get(Image.class, spec -> spec.withId("impact-trend-chart")).getAlt())
                .hasValueSatisfying(alt -> assertThat(alt).contains("Missions over time"));
        assertThat(_get(Anchor.class, spec -> spec.withId("impact-csv")).getHref())
                .isNotBlank();

        type(_get(DatePicker.class, spec -> spec.withId("impact-from")), LocalDate.of(2026, 4, 1));
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPathWithQueryParameters())
                .isEqualTo("impact?from=2026-04-01&sector=" + sector);
        assertThat(table("impact-trend-table")).containsExactly(List.of("2026 Q2", "1", "0", "0"));
    }

    @Test
    void theDashboardSpeaksFrenchAndIgnoresBadParameters() {
        useLocale(Locale.FRENCH);
        navigate("impact?country=ZZ&from=not-a-date&sector=unknown");
        assertThat(_get(H1.class).getText()).isEqualTo("Tableau de bord de l’impact");
        assertThat(_get(DatePicker.class, spec -> spec.withId("impact-from")).getValue())
                .isNull();
        assertThat(_find(Grid.class)).hasSize(4);
    }
}
