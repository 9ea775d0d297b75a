package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.passerelle.directory.AvailabilityWindow;

@Embeddable
public class AvailabilityEntry {

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private LocalDate startDate;

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private LocalDate endDate;

    @GenericField(projectable = Projectable.YES)
    private boolean remote;

    @GenericField(projectable = Projectable.YES)
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
