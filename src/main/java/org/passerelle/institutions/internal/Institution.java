package org.passerelle.institutions.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.passerelle.institutions.InstitutionDetails;
import org.passerelle.institutions.InstitutionForm;
import org.passerelle.institutions.InstitutionStatus;
import org.passerelle.institutions.InstitutionSummary;
import org.passerelle.institutions.InstitutionType;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

@Entity
@Table(name = "institution")
public class Institution extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InstitutionType type;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 100)
    private String region = "";

    @Column(nullable = false, length = 100)
    private String city = "";

    @Column(nullable = false, length = 300)
    private String website = "";

    @Column(nullable = false, length = 100)
    private String emailDomain = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstitutionStatus status = InstitutionStatus.PENDING;

    @Column(length = 1000)
    private String rejectionReason;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant reviewedAt;

    private Long reviewedBy;

    /** Account ids of the representatives. */
    @ElementCollection
    @CollectionTable(name = "institution_member", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "user_id", unique = true)
    private Set<Long> members = new HashSet<>();

    protected Institution() {}

    public Institution(InstitutionForm form, long representative, Instant now) {
        apply(form);
        members.add(representative);
        createdAt = now;
    }

    /** New details; a rejected institution goes back to the administrators. */
    public void apply(InstitutionForm form) {
        name = form.getName().strip();
        type = form.getType();
        country = form.getCountry();
        region = strip(form.getRegion());
        city = strip(form.getCity());
        website = strip(form.getWebsite());
        emailDomain = strip(form.getEmailDomain());
        if (status == InstitutionStatus.REJECTED) {
            status = InstitutionStatus.PENDING;
            rejectionReason = null;
        }
    }

    public void verify(long adminId, Instant now) {
        status = InstitutionStatus.VERIFIED;
        rejectionReason = null;
        reviewedAt = now;
        reviewedBy = adminId;
    }

    public void reject(String reason, long adminId, Instant now) {
        status = InstitutionStatus.REJECTED;
        rejectionReason = reason;
        reviewedAt = now;
        reviewedBy = adminId;
    }

    public InstitutionStatus getStatus() {
        return status;
    }

    public Set<Long> getMembers() {
        return members;
    }

    public String getName() {
        return name;
    }

    public InstitutionSummary toSummary() {
        return new InstitutionSummary(getId(), name, type, country, status);
    }

    public InstitutionDetails toDetails() {
        return new InstitutionDetails(
                getId(), name, type, country, region, city, website, emailDomain, status, rejectionReason, createdAt);
    }

    public InstitutionForm toForm() {
        var form = new InstitutionForm();
        form.setName(name);
        form.setType(type);
        form.setCountry(country);
        form.setRegion(region);
        form.setCity(city);
        form.setWebsite(website);
        form.setEmailDomain(emailDomain);
        return form;
    }

    private static String strip(String text) {
        return Texts.strip(text);
    }
}
