package org.passerelle.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.nodes.Entities;
import org.passerelle.impact.Count;
import org.passerelle.impact.MapScale;
import org.passerelle.impact.WorldGeometry;

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
        var scale = MapScale.of(figures);
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WorldGeometry.WIDTH)
                .append(' ')
                .append(WorldGeometry.HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(Entities.escape(label))
                .append(
                        "\" width=\"100%\" style=\"display:block;width:100%;height:auto;aspect-ratio:1010/666;background:#f5f9fc\">");
        WorldGeometry.paths().forEach((code, path) -> {
            var count = figures.get(code);
            var faded = !focus.isEmpty() && !focus.contains(code);
            out.append("<path d=\"")
                    .append(path)
                    .append("\" data-code=\"")
                    .append(code)
                    .append("\" fill=\"")
                    .append(scale.colour(count))
                    .append("\" stroke=\"#ffffff\" stroke-width=\"0.4\" style=\"cursor:pointer\"")
                    .append(faded ? " fill-opacity=\"0.35\"" : "")
                    .append("><title>")
                    .append(Entities.escape(
                            name.apply(code) + " — " + (count == null ? "0" : count.display(getLocale()))))
                    .append("</title></path>");
        });
        out.append("</svg>");
        var fresh = new Html(out.toString());
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
        for (var step : scale.steps()) {
            legend.add(
                    swatch(step.colour(), step.from() == step.to() ? "" + step.from() : step.from() + "–" + step.to()));
        }
        legend.add(swatch(MapScale.FEW, getTranslation("atlas.legend.few")));
        legend.add(swatch(MapScale.NONE, getTranslation("atlas.legend.none")));
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
