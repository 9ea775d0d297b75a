package org.passerelle.matching.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search indexes for operations: health ({@code searchIndex}: each entity's count in the database and in its
 * index, and whether they agree; down only when an index cannot be read — a lagging index still serves) and a gauge {@code passerelle.index.lag} per entity (database minus index).
 */
@Component("searchIndexHealthIndicator")
class IndexHealth implements HealthIndicator {

    private final EntityManagerFactory entityManagers;

    IndexHealth(EntityManagerFactory entityManagers, MeterRegistry meters) {
        this.entityManagers = entityManagers;
        for (var entity : IndexedEntities.NAMES) {
            Gauge.builder("passerelle.index.lag", this, h -> h.lag(entity))
                    .tag("entity", entity)
                    .description("entities in the database not (yet) in the search index")
                    .register(meters);
        }
    }

    double lag(String entity) {
        var counts = IndexedEntities.counts(entityManagers, entity);
        return counts.database() - counts.index();
    }

    @Override
    public Health health() {
        var details = new LinkedHashMap<String, Object>();
        var consistent = true;
        for (var entity : IndexedEntities.NAMES) {
            var counts = IndexedEntities.counts(entityManagers, entity);
            details.put(entity, counts);
            consistent &= counts.agree();
        }
        details.put("consistent", consistent);
        return Health.up().withDetails(details).build();
    }
}
