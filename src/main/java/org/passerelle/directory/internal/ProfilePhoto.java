package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A profile's photo, already re-encoded by {@link PhotoProcessor}. */
@Entity
@Table(name = "expert_photo")
public class ProfilePhoto {

    @Id
    private Long profileId;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ProfilePhoto() {}

    public ProfilePhoto(long profileId, byte[] content, Instant updatedAt) {
        this.profileId = profileId;
        this.content = content;
        this.updatedAt = updatedAt;
    }

    public void replace(byte[] newContent, Instant now) {
        this.content = newContent;
        this.updatedAt = now;
    }

    public byte[] content() {
        return content;
    }
}
