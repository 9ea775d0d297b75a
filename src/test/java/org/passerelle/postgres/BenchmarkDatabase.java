package org.passerelle.postgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Lets a benchmark run on PostgreSQL 17 (embedded) instead of its in-memory H2 database:
 * {@code -Dbenchmark.database=postgres}. Used from each benchmark's {@code @DynamicPropertySource}, which wins over
 * its inline properties.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {}

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("benchmark.database"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (postgres()) {
            registry.add("spring.datasource.url", () -> PostgresTest.postgres().getJdbcUrl("postgres", "postgres"));
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "postgres");
        }
    }

    /** "H2 in memory" or "PostgreSQL 17", for the reports. */
    public static String label() {
        return postgres() ? "PostgreSQL 17 (embedded)" : "H2 in memory";
    }
}
