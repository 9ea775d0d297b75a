package org.passerelle.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.passerelle.impact.Count;
import org.passerelle.impact.WorldGeometry;
import org.passerelle.impact.WorldMapSvg;

/**
 * A choropleth world map drawn on the server as inline SVG from the bundled outlines: each country coloured by its
 * figure, named with its figure on hover ({@code <title>}), clickable. Countries outside the area in focus are
 * faded. A legend follows. Keyboard and screen-reader users choose countries from the list and table beside it.
 */
class WorldMap extends Composite<Div> {

    private Html svg;
    private final Div legend = new Div();
    private Consumer<String> onCountry = code -> {};

    WorldMap() {
        getContent().setId("world-map");
        getContent().setWidthFull();
        getContent().addClassName("world-map");
        legend.addClassName("map-legend");
        getContent().add(legend);
    }

    void onCountryClick(Consumer<String> listener) {
        this.onCountry = listener;
    }

    void show(Map<String, Count> figures, Set<String> focus, Function<String, String> name, String label) {
        var svgText = WorldMapSvg.render(figures, focus, name, label, getLocale(), null, false);
        var fresh = new Html(svgText);
        fresh.getElement()
                .addEventListener("click", event -> {
                    var code = event.getEventData().get("event.target.getAttribute('data-code')");
                    if (code != null && code.isString() && WorldGeometry.paths().containsKey(code.asString())) {
                        onCountry.accept(code.asString());
                    }
                })
                .addEventData("event.target.getAttribute('data-code')");
        if (svg == null) {
            getContent().addComponentAsFirst(fresh);
        } else {
            getContent().replace(svg, fresh);
        }
        svg = fresh;
        legend.removeAll();
        WorldMapSvg.legend(figures, getTranslation("atlas.legend.few"), getTranslation("atlas.legend.none"))
                .forEach(item -> legend.add(swatch(item.colour(), item.text())));
    }

    private static Span swatch(String colour, String text) {
        var box = new Span();
        box.getStyle()
                .set("display", "inline-block")
                .set("width", "1em")
                .set("height", "1em")
                .set("background", colour)
                .set("border", "1px solid #999")
                .set("margin", "0 .3em 0 1em")
                .set("vertical-align", "middle");
        var item = new Span(box, new Span(text));
        item.addClassName("legend-item");
        return item;
    }
}
