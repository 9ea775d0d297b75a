package org.passerelle.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** Request times and errors of a load run, kept only while measuring (after the ramp-up). */
final class Recorder {

    private final AtomicBoolean measuring = new AtomicBoolean();
    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

    void start() {
        measuring.set(true);
    }

    void stop() {
        measuring.set(false);
    }

    void record(String label, long nanos) {
        if (measuring.get()) {
            times.computeIfAbsent(label.startsWith("click") ? "click" : label, l -> new ConcurrentLinkedQueue<>())
                    .add(nanos);
        }
    }

    /** Errors count whenever they happen, ramp-up included. */
    void error(String what) {
        errors.add(what);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Per label and for all requests: count, median, 95th and 99th percentile, maximum (ms). */
    Map<String, Summary> summaries() {
        var result = new TreeMap<String, Summary>();
        var all = new ArrayList<Long>();
        times.forEach((label, queue) -> {
            var list = new ArrayList<>(queue);
            all.addAll(list);
            result.put(label, Summary.of(list));
        });
        result.put("ALL", Summary.of(all));
        return result;
    }

    record Summary(int count, double p50, double p95, double p99, double max) {
        static Summary of(List<Long> nanos) {
            var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Summary(0, 0, 0, 0, 0);
            }
            return new Summary(
                    sorted.length,
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
