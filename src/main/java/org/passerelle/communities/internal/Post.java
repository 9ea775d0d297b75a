package org.passerelle.communities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.passerelle.communities.ForumIndex;
import org.passerelle.communities.PostStatus;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.SearchAnalyzers;

/** A post: its Markdown as written and its HTML, rendered and sanitised once, when written or edited. */
@Entity(name = ForumIndex.ENTITY)
@Table(name = "post")
@Indexed
public class Post extends AbstractEntity {

    @Column(name = "topic_id", nullable = false)
    @GenericField(name = ForumIndex.TOPIC_ID, projectable = Projectable.YES)
    private Long topicId;

    /** For the index only: what the post's topic says (title, community, closed). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = {"title_en", "title_fr", "communityId", "closed"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Topic topic;

    @GenericField(name = ForumIndex.AUTHOR)
    private Long authorId;

    /** Position in the topic, from 1 (the topic's first post). */
    @Column(nullable = false)
    @GenericField(name = ForumIndex.NUMBER, projectable = Projectable.YES)
    private int number;

    @Column(nullable = false, length = 20000)
    @FullTextField(
            name = ForumIndex.TEXT_EN,
            analyzer = SearchAnalyzers.ENGLISH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ForumIndex.TEXT_FR,
            analyzer = SearchAnalyzers.FRENCH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String raw;

    @Column(nullable = false, length = 80000)
    private String cooked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField(name = ForumIndex.STATUS)
    private PostStatus status;

    private Integer replyTo;

    @Column(nullable = false)
    private int likeCount;

    @Column(nullable = false)
    @GenericField(name = ForumIndex.CREATED, sortable = Sortable.YES)
    private Instant createdAt;

    private Instant editedAt;

    protected Post() {}

    public Post(long topicId, long authorId, int number, String raw, Integer replyTo, PostStatus status, Instant now) {
        this.topicId = topicId;
        this.authorId = authorId;
        this.number = number;
        this.replyTo = replyTo;
        this.status = status;
        this.createdAt = now;
        write(raw);
    }

    /** New text (the caller keeps the old one as a revision). */
    public void edit(String newRaw, Instant now) {
        write(newRaw);
        editedAt = now;
    }

    private void write(String text) {
        raw = text.strip();
        cooked = Markdown.toSafeHtml(raw);
    }

    /** A moderator moves the post to the end of another topic; what it replied to stays behind. */
    public void moveTo(Topic target, int newNumber) {
        topicId = target.getId();
        topic = target;
        number = newNumber;
        replyTo = null;
    }

    /** The topic, for the index (the column itself is written from {@code topicId}). */
    public void indexWith(Topic topic) {
        this.topic = topic;
    }

    public void setStatus(PostStatus status) {
        this.status = status;
    }

    public void liked(int delta) {
        likeCount = Math.max(0, likeCount + delta);
    }

    public Long getTopicId() {
        return topicId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public int getNumber() {
        return number;
    }

    public String getRaw() {
        return raw;
    }

    public String getCooked() {
        return cooked;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Integer getReplyTo() {
        return replyTo;
    }

    public int getLikeCount() {
        return likeCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
