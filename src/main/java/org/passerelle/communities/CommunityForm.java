package org.passerelle.communities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A community as administrators describe it. */
public class CommunityForm {

    @NotBlank(message = "{community.sector.required}")
    private String sectorCode;

    @NotBlank(message = "{community.name.required}")
    @Size(max = 100, message = "{profile.tooLong}")
    private String nameEn = "";

    @NotBlank(message = "{community.name.required}")
    @Size(max = 100, message = "{profile.tooLong}")
    private String nameFr = "";

    @Size(max = 2000, message = "{profile.tooLong}")
    private String descriptionEn = "";

    @Size(max = 2000, message = "{profile.tooLong}")
    private String descriptionFr = "";

    private boolean openMembership = true;

    @Size(max = 20, message = "{community.tags.tooMany}")
    private List<@NotBlank @Size(max = 40) String> tags = new ArrayList<>();

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public boolean isOpenMembership() {
        return openMembership;
    }

    public void setOpenMembership(boolean openMembership) {
        this.openMembership = openMembership;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }
}
