package org.passerelle.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.moderation.FlagReason;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

/** A member's flag on a post; open until a moderator reviews the post. */
@Entity
@Table(name = "post_flag")
public class Flag extends AbstractEntity {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    @Column(nullable = false)
    private Long postId;

    @Column(nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FlagReason reason;

    @Column(nullable = false, length = 1000)
    private String note;

    @Column(nullable = false, length = 16)
    private String status = OPEN;

    @Column(nullable = false)
    private Instant createdAt;

    protected Flag() {}

    public Flag(long postId, long userId, FlagReason reason, String note, Instant now) {
        this.postId = postId;
        this.userId = userId;
        this.reason = reason;
        this.note = Texts.strip(note);
        this.createdAt = now;
    }

    public void resolve() {
        status = RESOLVED;
    }

    public Long getPostId() {
        return postId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }
}
