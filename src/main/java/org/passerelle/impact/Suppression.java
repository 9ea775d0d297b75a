package org.passerelle.impact;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statistical disclosure control for counts of people, as statistics offices do: a cell counting from 1 to 4 people
 * is suppressed (primary suppression); when exactly one cell of a breakdown is suppressed, the smallest other
 * non-zero cell is suppressed too (complementary suppression), so that the hidden one cannot be worked out from the
 * breakdown's total. Zero stays zero: it identifies nobody.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    /** The breakdown with small cells suppressed, in the same order. */
    public static <K> Map<K, Count> apply(Map<K, Long> cells) {
        var result = new LinkedHashMap<K, Count>();
        var suppressed = 0;
        for (var cell : cells.entrySet()) {
            var value = cell.getValue() == null ? 0 : cell.getValue();
            if (value > 0 && value < THRESHOLD) {
                result.put(cell.getKey(), Count.hidden());
                suppressed++;
            } else {
                result.put(cell.getKey(), Count.of(value));
            }
        }
        if (suppressed == 1) {
            result.entrySet().stream()
                    .filter(e -> !e.getValue().suppressed() && e.getValue().value() > 0)
                    .min(Comparator.comparingLong(e -> e.getValue().value()))
                    .ifPresent(e -> e.setValue(Count.hidden()));
        }
        return result;
    }

    /** One figure on its own (a total): suppressed when it counts 1 to 4 people. */
    public static Count single(long value) {
        return value > 0 && value < THRESHOLD ? Count.hidden() : Count.of(value);
    }

    private Suppression() {}
}
