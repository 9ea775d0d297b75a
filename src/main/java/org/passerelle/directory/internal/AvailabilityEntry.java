package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.passerelle.directory.AvailabilityWindow;

@Embeddable
public class AvailabilityEntry {

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    private boolean remote;

    private boolean onSite;

    protected AvailabilityEntry() {}

    AvailabilityEntry(AvailabilityWindow window) {
        this.startDate = window.start();
        this.endDate = window.end();
        this.remote = window.remote();
        this.onSite = window.onSite();
    }

    AvailabilityWindow toWindow() {
        return new AvailabilityWindow(startDate, endDate, remote, onSite);
    }
}
