package org.passerelle.matching.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.directory.ExpertIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, rebuilds the expert index when it does not hold as many profiles as the database (a new or deleted
 * index directory, rows written outside Hibernate such as a restored backup).
 */
@Component
class IndexInitializer {

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

    private final EntityManagerFactory entityManagers;

    IndexInitializer(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    public void reindexIfStale() throws InterruptedException {
        try (var entityManager = entityManagers.createEntityManager()) {
            var inDatabase = entityManager
                    .createQuery("select count(p) from " + ExpertIndex.ENTITY + " p", Long.class)
                    .getSingleResult();
            var session = Search.session(entityManager);
            var scope = session.scope(Object.class, ExpertIndex.ENTITY);
            var inIndex = session.search(scope).where(f -> f.matchAll()).fetchTotalHitCount();
            if (inIndex != inDatabase) {
                log.info("Expert index holds {} profiles, the database {}: reindexing", inIndex, inDatabase);
                scope.massIndexer().startAndWait();
                log.info("Expert index rebuilt");
            }
        }
    }
}
