package org.passerelle.institutions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The document an institution gives as evidence of what it is (a PDF or a picture), one per institution. */
@Entity
@Table(name = "institution_evidence")
public class Evidence {

    @Id
    private Long institutionId;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    @Column(nullable = false)
    private Long uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected Evidence() {}

    public Evidence(long institutionId) {
        this.institutionId = institutionId;
    }

    public void replace(String fileName, String contentType, byte[] content, long by, Instant now) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
