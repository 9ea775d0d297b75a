package org.passerelle.communities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.shared.AbstractEntity;

/** A member of a community, or someone who asked to be one. */
@Entity
@Table(name = "community_member")
public class CommunityMember extends AbstractEntity {

    public static final String MEMBER = "MEMBER";
    public static final String REQUESTED = "REQUESTED";

    @Column(nullable = false)
    private Long communityId;

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false)
    private Instant createdAt;

    protected CommunityMember() {}

    public CommunityMember(long communityId, long userId, boolean member, Instant now) {
        this.communityId = communityId;
        this.userId = userId;
        this.status = member ? MEMBER : REQUESTED;
        this.createdAt = now;
    }

    public void admit() {
        status = MEMBER;
    }

    public boolean isMember() {
        return MEMBER.equals(status);
    }

    public Long getUserId() {
        return userId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
