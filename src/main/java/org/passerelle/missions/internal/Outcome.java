package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.passerelle.missions.OutcomeForm;
import org.passerelle.shared.Texts;

/** The measured outcomes of a mission, recorded by its institution. */
@Entity
@Table(name = "mission_outcome")
public class Outcome {

    @Id
    private Long missionId;

    @Version
    private long version;

    private int peopleTrained;
    private int servicesDelivered;
    private int jobsCreated;
    private boolean followUpPlanned;

    @Column(nullable = false, length = 4000)
    private String notes;

    @Column(nullable = false)
    private Long recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    protected Outcome() {}

    public Outcome(long missionId) {
        this.missionId = missionId;
    }

    public void record(OutcomeForm form, long by, Instant now) {
        peopleTrained = form.getPeopleTrained();
        servicesDelivered = form.getServicesDelivered();
        jobsCreated = form.getJobsCreated();
        followUpPlanned = form.isFollowUpPlanned();
        notes = Texts.strip(form.getNotes());
        recordedBy = by;
        recordedAt = now;
    }

    public OutcomeForm toForm() {
        var form = new OutcomeForm();
        form.setPeopleTrained(peopleTrained);
        form.setServicesDelivered(servicesDelivered);
        form.setJobsCreated(jobsCreated);
        form.setFollowUpPlanned(followUpPlanned);
        form.setNotes(notes);
        return form;
    }
}
