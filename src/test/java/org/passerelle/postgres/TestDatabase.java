package org.passerelle.postgres;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the whole test suite on PostgreSQL 17 (embedded) instead of H2: {@code ./mvnw verify -Dtest.database=postgres}.
 * Registered for every test context (META-INF/spring.factories); does nothing otherwise.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"postgres".equals(System.getProperty("test.database"))) {
            return;
        }
        var postgres = PostgresTest.postgres();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-database",
                        Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "postgres")));
    }
}
