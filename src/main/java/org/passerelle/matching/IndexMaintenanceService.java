package org.passerelle.matching;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.matching.internal.IndexRebuilder;
import org.passerelle.matching.internal.IndexedEntities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping the search indexes consistent with the database: a check that compares, per indexed entity, the ids in the
 * database with the ids in the index; a repair that indexes what is missing and removes what the database no longer
 * has; and a full rebuild with progress. Administrators only (the command-line mode uses the rebuilder directly).
 */
@Service
public class IndexMaintenanceService {

    /** How one entity's index compares with the database; ids listed up to {@link #LISTED}. */
    public record EntityReport(String entity, long inDatabase, long inIndex, List<Object> missing, List<Object> extra) {

        public boolean consistent() {
            return missing.isEmpty() && extra.isEmpty();
        }
    }

    public static final int LISTED = 100;

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenanceService.class);

    private final EntityManagerFactory entityManagers;
    private final TransactionTemplate transactions;
    private final IndexRebuilder rebuilder;

    IndexMaintenanceService(
            EntityManagerFactory entityManagers, TransactionTemplate transactions, IndexRebuilder rebuilder) {
        this.entityManagers = entityManagers;
        this.transactions = transactions;
        this.rebuilder = rebuilder;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<EntityReport> check() {
        return IndexedEntities.NAMES.stream().map(this::compare).toList();
    }

    /** Indexes the entities the index misses and removes the entries the database no longer has. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<EntityReport> repair() {
        for (var entity : IndexedEntities.NAMES) {
            var ids = ids(entity);
            var type = Search.mapping(entityManagers).indexedEntity(entity).javaClass();
            transactions.executeWithoutResult(status -> {
                var entityManager = entityManagers.createEntityManager();
                try {
                    entityManager.joinTransaction();
                    var plan = Search.session(entityManager).indexingPlan();
                    var missing = new HashSet<>(ids.database());
                    missing.removeAll(ids.index());
                    for (var id : missing) {
                        var found = entityManager.find(type, id);
                        if (found != null) {
                            plan.addOrUpdate(found);
                        }
                    }
                    var extra = new HashSet<>(ids.index());
                    extra.removeAll(ids.database());
                    for (var id : extra) {
                        plan.purge(type, id, null);
                    }
                    if (!missing.isEmpty() || !extra.isEmpty()) {
                        log.info("{} index repaired: {} added, {} removed", entity, missing.size(), extra.size());
                    }
                } finally {
                    entityManager.close();
                }
            });
        }
        return check();
    }

    /** Rebuilds every index from the database, reporting progress from 0 to 1. */
    @PreAuthorize("hasRole('ADMIN')")
    public void rebuild(DoubleConsumer progress) throws InterruptedException {
        rebuilder.rebuild(progress);
    }

    private EntityReport compare(String entity) {
        var ids = ids(entity);
        var missing = new ArrayList<Object>();
        var extra = new ArrayList<Object>();
        for (var id : ids.database()) {
            if (!ids.index().contains(id) && missing.size() < LISTED) {
                missing.add(id);
            }
        }
        for (var id : ids.index()) {
            if (!ids.database().contains(id) && extra.size() < LISTED) {
                extra.add(id);
            }
        }
        return new EntityReport(entity, ids.database().size(), ids.index().size(), missing, extra);
    }

    private record Ids(Set<Object> database, Set<Object> index) {}

    private Ids ids(String entity) {
        try (var entityManager = entityManagers.createEntityManager()) {
            var database = new HashSet<Object>(entityManager
                    .createQuery("select e.id from " + entity + " e", Object.class)
                    .getResultList());
            var session = Search.session(entityManager);
            var index = new HashSet<Object>(session.search(session.scope(Object.class, entity))
                    .select(f -> f.id())
                    .where(f -> f.matchAll())
                    .fetchAllHits());
            return new Ids(database, index);
        }
    }
}
