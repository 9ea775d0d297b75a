package org.passerelle.impact;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A published figure: either its value, or suppressed because it counts so few people (or would let such a count be
 * worked out) that someone could be identified.
 */
public record Count(long value, boolean suppressed) {

    public static Count of(long value) {
        return new Count(value, false);
    }

    public static Count hidden() {
        return new Count(0, true);
    }

    /** The figure as shown: the number, or "<5" when suppressed. */
    public String display(Locale locale) {
        return suppressed
                ? "<" + Suppression.THRESHOLD
                : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The value for charts and colouring; 0 when suppressed (shown as "too few to show"). */
    public long shownValue() {
        return suppressed ? 0 : value;
    }
}
