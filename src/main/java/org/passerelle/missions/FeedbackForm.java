package org.passerelle.missions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating from 1 to 5 and a comment, given at the end of a mission by either side. */
public class FeedbackForm {

    @NotNull(message = "{feedback.rating.range}")
    @Min(value = 1, message = "{feedback.rating.range}")
    @Max(value = 5, message = "{feedback.rating.range}")
    private Integer rating;

    @Size(max = 2000, message = "{profile.tooLong}")
    private String comment = "";

    public FeedbackForm() {}

    public FeedbackForm(Integer rating, String comment) {
        this.rating = rating;
        this.comment = comment;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
