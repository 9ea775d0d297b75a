package org.passerelle.matching.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.communities.ForumIndex;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.missions.MissionIndex;

/** The entities with a search index, by entity name, and how many of each the database and the index hold. */
public final class IndexedEntities {

    public static final List<String> NAMES = List.of(ExpertIndex.ENTITY, MissionIndex.ENTITY, ForumIndex.ENTITY);

    /** An entity's count in the database and in its index. */
    public record Counts(long database, long index) {

        public boolean agree() {
            return database == index;
        }
    }

    public static Counts counts(EntityManagerFactory entityManagers, String entity) {
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

    private IndexedEntities() {}
}
