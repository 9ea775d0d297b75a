package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.passerelle.shared.Markdown;

/**
 * The summary an institution published at the end of a mission (Markdown, rendered and sanitised when written), the
 * community topic it opened, and whether the staff feature it in the knowledge hub.
 */
@Entity
@Table(name = "mission_summary")
public class MissionSummary {

    @Id
    private Long missionId;

    @Version
    private long version;

    @Column(nullable = false)
    private Long topicId;

    @Column(nullable = false, length = 10000)
    private String summary;

    @Column(nullable = false, length = 40000)
    private String summaryHtml;

    @Column(nullable = false)
    private Long publishedBy;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean featured;

    protected MissionSummary() {}

    public MissionSummary(long missionId) {
        this.missionId = missionId;
    }

    /** (Re)published: the latest text and topic replace the earlier ones. */
    public void published(String text, long topicId, long by, Instant now) {
        this.summary = text.strip();
        this.summaryHtml = Markdown.toSafeHtml(summary);
        this.topicId = topicId;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }
}
