package org.passerelle.communities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.shared.AbstractEntity;

/** The text a post had before an edit, with who edited it and when. */
@Entity
@Table(name = "post_revision")
public class PostRevision extends AbstractEntity {

    @Column(nullable = false)
    private Long postId;

    private Long editorId;

    @Column(nullable = false, length = 20000)
    private String raw;

    @Column(nullable = false)
    private Instant editedAt;

    protected PostRevision() {}

    public PostRevision(long postId, long editorId, String raw, Instant editedAt) {
        this.postId = postId;
        this.editorId = editorId;
        this.raw = raw;
        this.editedAt = editedAt;
    }

    public Long getEditorId() {
        return editorId;
    }

    public String getRaw() {
        return raw;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
