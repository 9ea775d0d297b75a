package org.passerelle.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Says where to open Passerelle once it is ready. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final PasserelleProperties site;

    StartupBanner(PasserelleProperties site) {
        this.site = site;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void announce() {
        log.info("Passerelle is ready: open {}", site.link(""));
    }
}
