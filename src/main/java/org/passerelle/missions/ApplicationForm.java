package org.passerelle.missions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an expert writes when applying or accepting an invitation. */
public class ApplicationForm {

    @NotBlank(message = "{application.motivation.required}")
    @Size(max = 3000, message = "{profile.tooLong}")
    private String motivation = "";

    @Size(max = 500, message = "{profile.tooLong}")
    private String availability = "";

    public ApplicationForm() {}

    public ApplicationForm(String motivation, String availability) {
        this.motivation = motivation;
        this.availability = availability;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }
}
