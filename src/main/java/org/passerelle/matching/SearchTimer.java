package org.passerelle.matching;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The timer of a kind of full-text search: {@code passerelle.search{kind=…}} (count, total time, percentiles). */
final class SearchTimer {

    private SearchTimer() {}

    static Timer of(MeterRegistry meters, String kind) {
        return Timer.builder("passerelle.search")
                .tag("kind", kind)
                .description("full-text searches")
                .publishPercentiles(0.5, 0.95)
                .register(meters);
    }
}
