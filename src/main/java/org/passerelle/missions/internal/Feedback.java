package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.missions.FeedbackForm;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

/** One side's rating of the other at the end of a mission. */
@Entity
@Table(name = "mission_feedback")
public class Feedback extends AbstractEntity {

    @Column(nullable = false)
    private Long missionId;

    @Column(nullable = false)
    private Long authorId;

    /** The expert concerned: rated (about expert) or rating the institution. */
    @Column(nullable = false)
    private Long expertUserId;

    private boolean aboutExpert;

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false, length = 2000)
    private String comment;

    @Column(nullable = false)
    private Instant createdAt;

    protected Feedback() {}

    public Feedback(
            long missionId, long authorId, long expertUserId, boolean aboutExpert, FeedbackForm form, Instant now) {
        this.missionId = missionId;
        this.authorId = authorId;
        this.expertUserId = expertUserId;
        this.aboutExpert = aboutExpert;
        this.rating = form.getRating();
        this.comment = Texts.strip(form.getComment());
        this.createdAt = now;
    }

    public Long getMissionId() {
        return missionId;
    }

    public Long getExpertUserId() {
        return expertUserId;
    }

    public boolean isAboutExpert() {
        return aboutExpert;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }
}
