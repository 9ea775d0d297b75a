package org.passerelle.matching.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import org.hibernate.search.mapper.orm.Search;
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
        for (var entity : IndexInitializer.ENTITIES) {
            Gauge.builder("passerelle.index.lag", this, h -> h.lag(entity))
                    .tag("entity", entity)
                    .description("entities in the database not (yet) in the search index")
                    .register(meters);
        }
    }

    record Counts(long database, long index) {}

    Counts counts(String entity) {
        try (var entityManager = entityManagers.createEntityManager()) {
            var database = entityManager
                    .createQuery("select count(e) from " + entity + " e", Long.class)
                    .getSingleResult();
            var session = Search.session(entityManager);
            var index = session.search(session.scope(Object.class, entity))
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return new Counts(database, index);
        }
    }

    double lag(String entity) {
        var counts = counts(entity);
        return counts.database() - counts.index();
    }

    @Override
    public Health health() {
        var details = new LinkedHashMap<String, Object>();
        var consistent = true;
        for (var entity : IndexInitializer.ENTITIES) {
            var counts = counts(entity);
            details.put(entity, counts);
            consistent &= counts.database() == counts.index();
        }
        details.put("consistent", consistent);
        return Health.up().withDetails(details).build();
    }
}
