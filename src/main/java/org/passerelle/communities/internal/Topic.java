package org.passerelle.communities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.SearchAnalyzers;

/** A topic of a community: its title, state, and counters kept in step with its published posts. */
@Entity
@Table(name = "topic")
public class Topic extends AbstractEntity {

    @Column(nullable = false)
    @GenericField
    private Long communityId;

    private Long authorId;

    @Column(nullable = false, length = 200)
    @FullTextField(
            name = "title_en",
            analyzer = SearchAnalyzers.ENGLISH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "title_fr", analyzer = SearchAnalyzers.FRENCH)
    private String title;

    @Column(nullable = false, length = 300)
    private String tags = "";

    @GenericField
    private boolean closed;

    private boolean locked;
    private boolean pinned;

    @Column(nullable = false)
    private int slowModeSeconds;

    /** Published posts. */
    @Column(nullable = false)
    private int postCount;

    @Column(nullable = false)
    private int likeCount;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant lastActivityAt;

    protected Topic() {}

    public Topic(long communityId, long authorId, String title, List<String> tags, Instant now) {
        this.communityId = communityId;
        this.authorId = authorId;
        this.title = title.strip();
        this.tags = String.join(",", tags);
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** A post of this topic was published. */
    public void published(Instant at) {
        postCount++;
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    /** A published post was hidden, rejected or deleted. */
    public void unpublished() {
        postCount = Math.max(0, postCount - 1);
    }

    public void liked(int delta) {
        likeCount = Math.max(0, likeCount + delta);
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public List<String> tagList() {
        return tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public int getSlowModeSeconds() {
        return slowModeSeconds;
    }

    public int getPostCount() {
        return postCount;
    }

    public int getLikeCount() {
        return likeCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public void setSlowModeSeconds(int slowModeSeconds) {
        this.slowModeSeconds = slowModeSeconds;
    }

    public void moveTo(long communityId) {
        this.communityId = communityId;
    }
}
