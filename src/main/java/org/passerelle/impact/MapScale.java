package org.passerelle.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The colours of a choropleth: five classes of equal width from the smallest to the largest figure shown (a sequential, colour-blind-safe
 * palette, ColorBrewer YlGnBu), a colour for "too few to show", and one for "none".
 */
public final class MapScale {

    public static final List<String> CLASSES = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    public static final String NONE = "#e8e8e8";
    public static final String FEW = "#b8b8b8";

    /** One entry of the legend: a colour and the range of figures it stands for. */
    public record Step(String colour, long from, long to) {}

    private final long min;
    private final long max;

    private MapScale(long min, long max) {
        this.min = min;
        this.max = max;
    }

    /** Classes from the smallest figure shown to the largest (small counts of people are never shown). */
    public static MapScale of(Map<String, Count> figures) {
        var stats = figures.values().stream()
                .mapToLong(Count::shownValue)
                .filter(v -> v > 0)
                .summaryStatistics();
        return stats.getCount() == 0 ? new MapScale(0, 0) : new MapScale(stats.getMin(), stats.getMax());
    }

    public String colour(Count count) {
        if (count == null || (!count.suppressed() && count.value() == 0)) {
            return NONE;
        }
        if (count.suppressed()) {
            return FEW;
        }
        var index = (int) Math.ceil(CLASSES.size() * (double) (count.value() - min + 1) / (max - min + 1)) - 1;
        return CLASSES.get(Math.clamp(index, 0, CLASSES.size() - 1));
    }

    /** The classes in use (none when nothing is shown). */
    public List<Step> steps() {
        var steps = new ArrayList<Step>();
        if (max == 0) {
            return steps;
        }
        long from = min;
        for (int i = 0; i < CLASSES.size(); i++) {
            long to = min - 1 + (long) Math.floor((max - min + 1) * (i + 1) / (double) CLASSES.size());
            if (to >= from) {
                steps.add(new Step(CLASSES.get(i), from, to));
                from = to + 1;
            }
        }
        return steps;
    }
}
