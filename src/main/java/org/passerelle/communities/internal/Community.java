package org.passerelle.communities.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Texts;

/** A sector's community. */
@Entity
@Table(name = "community")
public class Community extends AbstractEntity {

    @Column(nullable = false, length = 40, unique = true)
    private String sectorCode;

    @Column(nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, length = 100)
    private String nameFr;

    @Column(nullable = false, length = 2000)
    private String descriptionEn;

    @Column(nullable = false, length = 2000)
    private String descriptionFr;

    private boolean openMembership;

    /** The tags topics may carry, comma-separated. */
    @Column(nullable = false, length = 1000)
    private String tags = "";

    @Column(nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "community_moderator", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "user_id")
    private Set<Long> moderators = new HashSet<>();

    protected Community() {}

    public Community(String sectorCode, Instant now) {
        this.sectorCode = sectorCode;
        this.createdAt = now;
    }

    public void describe(
            String nameEn,
            String nameFr,
            String descriptionEn,
            String descriptionFr,
            boolean openMembership,
            List<String> tags) {
        this.nameEn = nameEn.strip();
        this.nameFr = nameFr.strip();
        this.descriptionEn = Texts.strip(descriptionEn);
        this.descriptionFr = Texts.strip(descriptionFr);
        this.openMembership = openMembership;
        this.tags = String.join(
                ",",
                tags.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList());
    }

    public Set<Long> getModerators() {
        return moderators;
    }

    public boolean isOpenMembership() {
        return openMembership;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public List<String> tagList() {
        return tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }

    public CommunityDetails toDetails(long members, long topics) {
        return new CommunityDetails(
                getId(),
                sectorCode,
                nameEn,
                nameFr,
                descriptionEn,
                descriptionFr,
                openMembership,
                tagList(),
                members,
                topics);
    }
}
