package org.passerelle.communities;

import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.directory.SectorForm;
import org.passerelle.directory.SectorService;
import org.springframework.stereotype.Component;

/**
 * A new sector for each community a test creates (one community per sector): tests sharing the in-memory database
 * never compete for the same sector. Call it signed in as an administrator.
 */
@Component
public class TestSectors {

    private static final AtomicInteger counter = new AtomicInteger();

    private final SectorService sectors;

    TestSectors(SectorService sectors) {
        this.sectors = sectors;
    }

    public String fresh() {
        var form = new SectorForm();
        var code = ("t" + counter.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36));
        form.setCode(code.length() > 40 ? code.substring(0, 40) : code);
        form.setNameEn("Test sector " + counter.get());
        form.setNameFr("Secteur de test " + counter.get());
        return sectors.create(form).code();
    }
}
