package org.passerelle.communities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.communities.PostStatus;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Markdown;

/** A post: its Markdown as written and its HTML, rendered and sanitised once, when written or edited. */
@Entity
@Table(name = "post")
public class Post extends AbstractEntity {

    @Column(nullable = false)
    private Long topicId;

    private Long authorId;

    /** Position in the topic, from 1 (the topic's first post). */
    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 20000)
    private String raw;

    @Column(nullable = false, length = 80000)
    private String cooked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PostStatus status;

    private Integer replyTo;

    @Column(nullable = false)
    private int likeCount;

    @Column(nullable = false)
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
