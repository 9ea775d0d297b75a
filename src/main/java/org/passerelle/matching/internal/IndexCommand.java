package org.passerelle.matching.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line mode {@code --reindex}: rebuilds every search index from the database, logging its progress,
 * and exits (status 0 when done). E.g. {@code java -jar passerelle.jar --reindex} after restoring a backup.
 */
@Component
@Order(100)
class IndexCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexCommand.class);

    private final IndexRebuilder rebuilder;
    private final ConfigurableApplicationContext context;

    IndexCommand(IndexRebuilder rebuilder, ConfigurableApplicationContext context) {
        this.rebuilder = rebuilder;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("reindex")) {
            return;
        }
        var lastTenth = new int[] {-1};
        rebuilder.rebuild(progress -> {
            var tenth = (int) (progress * 10);
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                log.info("Reindexing: {}%", tenth * 10);
            }
        });
        log.info("Every search index rebuilt; stopping (--reindex)");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
