package org.passerelle.matching.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Component;

/** Rebuilds every search index from the database with Hibernate Search's mass indexer, reporting progress. */
@Component
public class IndexRebuilder {

    private final EntityManagerFactory entityManagers;

    IndexRebuilder(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** Reports progress from 0 to 1, never going back. */
    public void rebuild(DoubleConsumer progress) throws InterruptedException {
        Search.mapping(entityManagers)
                .scope(Object.class, IndexedEntities.NAMES)
                .massIndexer()
                .monitor(new Progress(progress))
                .startAndWait();
        progress.accept(1.0);
    }

    /** Turns the mass indexer's counts into a fraction (the total grows as each type is counted). */
    private static final class Progress implements MassIndexingMonitor {
        private final DoubleConsumer progress;
        private final LongAdder done = new LongAdder();
        private final LongAdder total = new LongAdder();
        private double reported;

        Progress(DoubleConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void documentsAdded(long increment) {
            done.add(increment);
            var all = total.sum();
            if (all > 0) {
                report(Math.min(0.99, done.sum() / (double) all));
            }
        }

        private synchronized void report(double value) {
            if (value > reported) {
                reported = value;
                progress.accept(value);
            }
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long count) {
            total.add(count);
        }

        @Override
        public void indexingCompleted() {}
    }
}
