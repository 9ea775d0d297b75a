package org.passerelle.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The choropleth world map as inline SVG, for the app's atlas and the public one: each country coloured by its
 * figure, named with its figure on hover ({@code <title>}), faded outside the area in focus, and (public page) a link
 * to its country page, so the map works without script.
 */
public final class WorldMapSvg {

    private WorldMapSvg() {}

    /**
     * The map.
     *
     * @param label the map's accessible name
     * @param link a country's page address, or null for a map without links (the app handles clicks itself)
     * @param compact outlines with whole-pixel relative coordinates (a third of the bytes; for pages that must load
     *     fast), else the bundled outlines
     */
    public static String render(
            Map<String, Count> figures,
            Set<String> focus,
            Function<String, String> name,
            String label,
            Locale locale,
            Function<String, String> link,
            boolean compact) {
        var scale = MapScale.of(figures);
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WorldGeometry.WIDTH)
                .append(' ')
                .append(WorldGeometry.HEIGHT)
                .append(
                        link == null
                                ? "\" role=\"img\" aria-label=\"" + Entities.escape(label)
                                // the linked map repeats the table of figures and links beside it: hidden from
                                // screen readers and out of the tab order (two hundred countries), there for the mouse
                                : "\" aria-hidden=\"true")
                .append(
                        "\" width=\"100%\" style=\"display:block;width:100%;height:auto;aspect-ratio:1010/666;background:#f5f9fc\">");
        var paths = compact ? WorldGeometry.compactPaths() : WorldGeometry.paths();
        paths.forEach((code, path) -> {
            var count = figures.get(code);
            var faded = !focus.isEmpty() && !focus.contains(code);
            var title = Entities.escape(name.apply(code) + " — " + (count == null ? "0" : count.display(locale)));
            if (link != null) {
                out.append("<a tabindex=\"-1\" href=\"")
                        .append(Entities.escape(link.apply(code)))
                        .append("\">");
            }
            out.append("<path d=\"")
                    .append(path)
                    .append("\" data-code=\"")
                    .append(code)
                    .append("\" fill=\"")
                    .append(scale.colour(count))
                    .append("\" stroke=\"#ffffff\" stroke-width=\"0.4\"")
                    .append(link == null ? " style=\"cursor:pointer\"" : "")
                    .append(faded ? " fill-opacity=\"0.35\"" : "")
                    .append("><title>")
                    .append(title)
                    .append("</title></path>");
            if (link != null) {
                out.append("</a>");
            }
        });
        out.append("</svg>");
        return out.toString();
    }

    /** One entry of the legend: a colour and what it stands for (a range, "fewer than 5", "none"). */
    public record LegendItem(String colour, String text) {}

    /** The legend of the map of these figures; the last two entries' texts are given (translated) by the caller. */
    public static List<LegendItem> legend(Map<String, Count> figures, String few, String none) {
        var items = new ArrayList<LegendItem>();
        for (var step : MapScale.of(figures).steps()) {
            items.add(new LegendItem(
                    step.colour(), step.from() == step.to() ? "" + step.from() : step.from() + "–" + step.to()));
        }
        items.add(new LegendItem(MapScale.FEW, few));
        items.add(new LegendItem(MapScale.NONE, none));
        return items;
    }
}
