package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.passerelle.directory.Qualification;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

/** A qualification as stored, with who verified it and when. */
@Entity
@Table(name = "expert_qualification")
public class QualificationRecord extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_id")
    private ExpertProfile profile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Qualification.Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String issuer = "";

    @Column(name = "year_awarded")
    private Integer year;

    private Instant verifiedAt;

    private Long verifiedBy;

    protected QualificationRecord() {}

    /** Keeps a profile's qualifications by id (their verification survives unless their facts change), adds new, drops gone. */
    static void merge(ExpertProfile profile, List<QualificationRecord> records, List<Qualification> wanted) {
        var kept =
                wanted.stream().map(Qualification::id).filter(Objects::nonNull).collect(Collectors.toSet());
        records.removeIf(q -> !kept.contains(q.getId()));
        for (var qualification : wanted) {
            if (qualification.id() == null) {
                records.add(new QualificationRecord(profile, qualification));
            } else {
                records.stream()
                        .filter(q -> q.getId().equals(qualification.id()))
                        .findFirst()
                        .ifPresent(q -> q.apply(qualification));
            }
        }
    }

    QualificationRecord(ExpertProfile profile, Qualification qualification) {
        this.profile = profile;
        apply(qualification);
    }

    /** Takes the new facts; a verification no longer holds once the facts change. */
    void apply(Qualification qualification) {
        var changed = kind != null && !toQualification().sameFacts(qualification);
        kind = qualification.kind();
        title = qualification.title().strip();
        issuer = Texts.strip(qualification.issuer());
        year = qualification.year();
        if (changed) {
            verifiedAt = null;
            verifiedBy = null;
        }
    }

    public void verify(long moderatorId, Instant when) {
        verifiedAt = when;
        verifiedBy = moderatorId;
    }

    public void withdrawVerification() {
        verifiedAt = null;
        verifiedBy = null;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    String title() {
        return title;
    }

    /** Title and issuer, for the full-text index of the profile. */
    public String searchableText() {
        return title + " " + issuer;
    }

    public ExpertProfile getProfile() {
        return profile;
    }

    public Qualification toQualification() {
        return new Qualification(getId(), kind, title, issuer, year, verifiedAt != null);
    }
}
