package org.passerelle.matching.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.directory.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, rebuilds an index when it does not hold as many entities as the database (a new or deleted index
 * directory, rows written outside Hibernate such as a restored backup), and rebuilds every index when the mapping
 * or the vocabulary changed since the index was written (a version stamp in the index directory) or the previous run was killed before
 * its last index changes reached the disk (a {@link RunMarker}). At a clean shutdown, commits the index and removes
 * the marker.
 */
@Component
class IndexInitializer {

    /** Raise when a mapping change needs documents written again (a field became projectable, concepts are found differently). */
    static final String MAPPING_VERSION = "5";

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);
    private final EntityManagerFactory entityManagers;
    private final Vocabulary vocabulary;
    private final String indexRoot;
    private final boolean checkAtStartup;

    IndexInitializer(
            EntityManagerFactory entityManagers,
            Vocabulary vocabulary,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String indexRoot,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}")
                    String directoryType,
            @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backendType,
            @Value("${passerelle.index.check-at-startup:true}") boolean checkAtStartup) {
        this.checkAtStartup = checkAtStartup;
        this.entityManagers = entityManagers;
        this.vocabulary = vocabulary;
        // an index in memory, or in a shared cluster, has no stamp or marker to keep on this node's disk
        this.indexRoot = "local-heap".equals(directoryType) || !"lucene".equals(backendType) ? "" : indexRoot;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    public void reindexIfStale() throws InterruptedException, IOException {
        if (!checkAtStartup) {
            return;
        }
        var stamp = indexRoot.isBlank() ? null : Path.of(indexRoot, "mapping-version");
        var marker = indexRoot.isBlank() ? null : new RunMarker(Path.of(indexRoot));
        var crashed = marker != null && marker.leftByCrash();
        if (crashed) {
            log.warn("The previous run did not stop cleanly: rebuilding every index from the database");
        }
        // the documents hold the vocabulary's concepts: a changed vocabulary file changes them too
        var version = MAPPING_VERSION + ":" + vocabulary.fingerprint();
        var rebuildAll = crashed
                || stamp != null
                        && (!Files.exists(stamp)
                                || !version.equals(Files.readString(stamp).strip()));
        for (var entity : IndexedEntities.NAMES) {
            var counts = IndexedEntities.counts(entityManagers, entity);
            if (rebuildAll || !counts.agree()) {
                log.info(
                        "{} index holds {} documents, the database {} (mapping changed or unclean stop: {}): reindexing",
                        entity,
                        counts.index(),
                        counts.database(),
                        rebuildAll);
                Search.mapping(entityManagers)
                        .scope(Object.class, entity)
                        .massIndexer()
                        .startAndWait();
                log.info("{} index rebuilt", entity);
            }
        }
        if (stamp != null) {
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, version);
        }
        if (marker != null) {
            marker.set();
        }
    }

    /** Runs before the entity manager factory closes: nothing is left uncommitted when the marker goes. */
    @EventListener(ContextClosedEvent.class)
    public void commitOnShutdown() {
        if (indexRoot.isBlank()) {
            return;
        }
        Search.mapping(entityManagers).scope(Object.class).workspace().flush();
        new RunMarker(Path.of(indexRoot)).clear();
        log.info("Index committed, clean shutdown recorded");
    }
}
