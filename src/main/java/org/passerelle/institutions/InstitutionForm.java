package org.passerelle.institutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An institution as its representative registers it. */
public class InstitutionForm {

    @NotBlank(message = "{institution.name.required}")
    @Size(max = 200, message = "{profile.tooLong}")
    private String name = "";

    @NotNull(message = "{institution.type.required}")
    private InstitutionType type = InstitutionType.MINISTRY;

    @NotBlank(message = "{institution.country.required}")
    private String country;

    @Size(max = 100, message = "{profile.tooLong}")
    private String region = "";

    @Size(max = 100, message = "{profile.tooLong}")
    private String city = "";

    @Size(max = 300, message = "{profile.tooLong}")
    @Pattern(regexp = "(https?://[^\\s<>\"]+)?", message = "{profile.link.url.invalid}")
    private String website = "";

    @Size(max = 100, message = "{profile.tooLong}")
    @Pattern(regexp = "([a-z0-9-]+\\.)+[a-z]{2,}|", message = "{institution.domain.invalid}")
    private String emailDomain = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public void setEmailDomain(String emailDomain) {
        this.emailDomain = emailDomain;
    }
}
