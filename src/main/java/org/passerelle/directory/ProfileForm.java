package org.passerelle.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An expert's profile as the editor shows and sends it. Validated in the form and again by the service. */
public class ProfileForm {

    @NotBlank(message = "{profile.name.required}")
    @Size(max = 100, message = "{profile.tooLong}")
    private String displayName = "";

    @Size(max = 160, message = "{profile.tooLong}")
    private String headline = "";

    private String residenceCountry;

    @Size(max = 100, message = "{profile.tooLong}")
    private String residenceCity = "";

    @NotNull
    @Size(max = 5, message = "{profile.tooMany}")
    private Set<String> heritageCountries = new LinkedHashSet<>();

    @NotNull
    @Size(max = 20, message = "{profile.tooMany}")
    private List<LanguageSkill> languages = new ArrayList<>();

    @NotNull
    @Size(max = 5, message = "{profile.tooMany}")
    private Set<String> sectors = new LinkedHashSet<>();

    @NotNull
    @Size(max = 30, message = "{profile.tooMany}")
    private Set<@NotBlank @Size(max = 60, message = "{profile.skill.tooLong}") String> skills = new LinkedHashSet<>();

    @Size(max = 2000, message = "{profile.tooLong}")
    private String skillsText = "";

    @Size(max = 10000, message = "{profile.tooLong}")
    private String bio = "";

    @Size(max = 60, message = "{profile.tooLong}")
    private String gender = "";

    @Min(value = 1, message = "{profile.weeks.range}")
    @Max(value = 52, message = "{profile.weeks.range}")
    private Integer weeksPerYear;

    @NotNull
    @Size(max = 20, message = "{profile.tooMany}")
    private List<AvailabilityWindow> availability = new ArrayList<>();

    @NotNull
    @Size(max = 20, message = "{profile.tooMany}")
    private List<@Valid Qualification> qualifications = new ArrayList<>();

    @NotNull
    @Size(max = 30, message = "{profile.tooMany}")
    private List<@Valid Experience> experience = new ArrayList<>();

    @NotNull
    @Size(max = 30, message = "{profile.tooMany}")
    private List<@Valid ProfileLink> links = new ArrayList<>();

    @NotNull
    private Map<ProfileSection, Visibility> visibility = defaultVisibility();

    public static Map<ProfileSection, Visibility> defaultVisibility() {
        var map = new EnumMap<ProfileSection, Visibility>(ProfileSection.class);
        for (var section : ProfileSection.values()) {
            map.put(section, Visibility.DEFAULT);
        }
        return map;
    }

    @AssertTrue(message = "{profile.availability.invalid}")
    public boolean isAvailabilityValid() {
        return availability == null || availability.stream().allMatch(w -> w != null && w.isValid());
    }

    @AssertTrue(message = "{profile.languages.invalid}")
    public boolean isLanguagesValid() {
        return languages == null
                || languages.stream().allMatch(l -> l != null && l.language() != null && l.level() != null);
    }

    public Visibility visibilityOf(ProfileSection section) {
        return visibility.getOrDefault(section, Visibility.DEFAULT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public void setResidenceCountry(String residenceCountry) {
        this.residenceCountry = residenceCountry;
    }

    public String getResidenceCity() {
        return residenceCity;
    }

    public void setResidenceCity(String residenceCity) {
        this.residenceCity = residenceCity;
    }

    public Set<String> getHeritageCountries() {
        return heritageCountries;
    }

    public void setHeritageCountries(Set<String> heritageCountries) {
        this.heritageCountries = heritageCountries;
    }

    public List<LanguageSkill> getLanguages() {
        return languages;
    }

    public void setLanguages(List<LanguageSkill> languages) {
        this.languages = languages;
    }

    public Set<String> getSectors() {
        return sectors;
    }

    public void setSectors(Set<String> sectors) {
        this.sectors = sectors;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public void setSkills(Set<String> skills) {
        this.skills = skills;
    }

    public String getSkillsText() {
        return skillsText;
    }

    public void setSkillsText(String skillsText) {
        this.skillsText = skillsText;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public Integer getWeeksPerYear() {
        return weeksPerYear;
    }

    public void setWeeksPerYear(Integer weeksPerYear) {
        this.weeksPerYear = weeksPerYear;
    }

    public List<AvailabilityWindow> getAvailability() {
        return availability;
    }

    public void setAvailability(List<AvailabilityWindow> availability) {
        this.availability = availability;
    }

    public List<Qualification> getQualifications() {
        return qualifications;
    }

    public void setQualifications(List<Qualification> qualifications) {
        this.qualifications = qualifications;
    }

    public List<Experience> getExperience() {
        return experience;
    }

    public void setExperience(List<Experience> experience) {
        this.experience = experience;
    }

    public List<ProfileLink> getLinks() {
        return links;
    }

    public void setLinks(List<ProfileLink> links) {
        this.links = links;
    }

    public Map<ProfileSection, Visibility> getVisibility() {
        return visibility;
    }

    public void setVisibility(Map<ProfileSection, Visibility> visibility) {
        this.visibility = visibility;
    }
}
