package org.passerelle.missions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The measured results of a mission, with the standard indicators Passerelle reports on. */
public class OutcomeForm {

    @NotNull(message = "{outcome.count.range}")
    @Min(value = 0, message = "{outcome.count.range}")
    @Max(value = 1_000_000, message = "{outcome.count.range}")
    private Integer peopleTrained = 0;

    @NotNull(message = "{outcome.count.range}")
    @Min(value = 0, message = "{outcome.count.range}")
    @Max(value = 1_000_000, message = "{outcome.count.range}")
    private Integer servicesDelivered = 0;

    @NotNull(message = "{outcome.count.range}")
    @Min(value = 0, message = "{outcome.count.range}")
    @Max(value = 1_000_000, message = "{outcome.count.range}")
    private Integer jobsCreated = 0;

    private boolean followUpPlanned;

    @Size(max = 4000, message = "{profile.tooLong}")
    private String notes = "";

    public Integer getPeopleTrained() {
        return peopleTrained;
    }

    public void setPeopleTrained(Integer peopleTrained) {
        this.peopleTrained = peopleTrained;
    }

    public Integer getServicesDelivered() {
        return servicesDelivered;
    }

    public void setServicesDelivered(Integer servicesDelivered) {
        this.servicesDelivered = servicesDelivered;
    }

    public Integer getJobsCreated() {
        return jobsCreated;
    }

    public void setJobsCreated(Integer jobsCreated) {
        this.jobsCreated = jobsCreated;
    }

    public boolean isFollowUpPlanned() {
        return followUpPlanned;
    }

    public void setFollowUpPlanned(boolean followUpPlanned) {
        this.followUpPlanned = followUpPlanned;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
