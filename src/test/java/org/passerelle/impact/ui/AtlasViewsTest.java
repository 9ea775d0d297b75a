package org.passerelle.impact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.impact.AtlasService.Area;
import org.passerelle.impact.ImpactDataset;
import org.passerelle.impact.Measure;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class AtlasViewsTest extends KaribuTest {

    @Autowired
    ImpactDataset data;

    @SuppressWarnings("unchecked")
    static Grid<Area> table() {
        return _get(Grid.class, spec -> spec.withId("atlas-table"));
    }

    static List<Area> rows() {
        var grid = table();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    static int rowOf(String code) {
        var rows = rows();
        return IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void aVisitorDrillsDownFromTheWorldToACountryPageAndBackByTheBreadcrumb() {
        var sector = data.registeredSector();
        var tuvalu = data.tuvalu(sector);

        navigate("atlas?measure=MISSIONS&sector=" + sector);
        @SuppressWarnings("unchecked")
        Select<Measure> measure = _get(Select.class, spec -> spec.withId("atlas-measure"));
        assertThat(measure.getValue()).isEqualTo(Measure.MISSIONS);
        assertThat(rows().get(rowOf("009")).value().value()).isEqualTo(3);

        GridKt._clickItem(table(), rowOf("009"));
        assertThat(location()).isEqualTo("atlas?continent=009&measure=MISSIONS&sector=" + sector);
        assertThat(_get(Nav.class, spec -> spec.withId("atlas-breadcrumb"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("World › Oceania");
        GridKt._clickItem(table(), rowOf("061"));
        assertThat(location()).isEqualTo("atlas?continent=009&measure=MISSIONS&region=061&sector=" + sector);
        assertThat(rows()).anySatisfy(area -> {
            assertThat(area.code()).isEqualTo("TV");
            assertThat(area.value().value()).isEqualTo(3);
        });

        GridKt._clickItem(table(), rowOf("TV"));
        assertThat(currentView()).isEqualTo(CountryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Tuvalu");
        assertThat(_get(Div.class, spec -> spec.withId("country-institutions"))
                        .getElement()
                        .getTextRecursively())
                .contains(tuvalu.institutionName());
        assertThat(_find(_get(Div.class, spec -> spec.withId("country-missions")), Anchor.class))
                .extracting(Anchor::getHref)
                .contains("mission/" + tuvalu.m1(), "mission/" + tuvalu.m3());
        assertThat(_get(Div.class, spec -> spec.withId("country-missions"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("Draft mission");

        var back = _find(_get(Nav.class, spec -> spec.withId("country-breadcrumb")), Anchor.class);
        assertThat(back).extracting(Anchor::getText).containsExactly("World", "Oceania", "Polynesia");
        navigate(back.get(2).getHref());
        assertThat(currentView()).isEqualTo(AtlasView.class);
        assertThat(location()).isEqualTo("atlas?continent=009&measure=MISSIONS&region=061&sector=" + sector);
    }

    @Test
    void clickingACountryOnTheMapOpensItsPageAndUnknownAreasAreIgnored() {
        navigate("atlas?continent=999&region=nonsense&measure=BOGUS");
        assertThat(rows()).extracting(Area::code).contains("002", "009", "150").hasSize(5);

        var svg = _get(Div.class, spec -> spec.withId("world-map"))
                .getChildren()
                .findFirst()
                .orElseThrow();
        var data = JsonNodeFactory.instance.objectNode();
        data.put("event.target.getAttribute('data-code')", "SN");
        ElementUtilsKt._fireDomEvent(svg.getElement(), new DomEvent(svg.getElement(), "click", data));

        assertThat(currentView()).isEqualTo(CountryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Senegal");
    }

    @Test
    void theAtlasSpeaksFrench() {
        useLocale(Locale.FRENCH);
        navigate("atlas");
        assertThat(_get(H1.class).getText()).isEqualTo("Atlas du réseau");
        assertThat(rows()).extracting(a -> a.code()).contains("002");
        navigate("atlas/country/ML");
        assertThat(_get(H1.class).getText()).isEqualTo("Mali");
        assertThat(_get(Nav.class, spec -> spec.withId("country-breadcrumb"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Monde › Afrique › Afrique de l’Ouest › Mali");
    }
}
