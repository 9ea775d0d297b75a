package org.passerelle.missions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.directory.LanguageSkill;

/**
 * Terms of reference as the institution writes them. Field rules are Bean Validation constraints; the rules that
 * relate fields (dates, duration within the window) are in {@link #problems()}, checked by the service as well.
 */
public class MissionForm {

    public static final int MAX_SKILLS = 20;

    @NotBlank(message = "{mission.title.required}")
    @Size(max = 160, message = "{profile.tooLong}")
    private String title = "";

    @NotBlank(message = "{mission.summary.required}")
    @Size(max = 1000, message = "{profile.tooLong}")
    private String summary = "";

    @Size(max = 4000, message = "{profile.tooLong}")
    private String objectives = "";

    @Size(max = 4000, message = "{profile.tooLong}")
    private String deliverables = "";

    @NotEmpty(message = "{mission.sectors.required}")
    @Size(max = 3, message = "{mission.sectors.tooMany}")
    private Set<@NotBlank @Size(max = 40) String> sectors = new LinkedHashSet<>();

    @NotBlank(message = "{mission.country.required}")
    @Size(max = 2)
    private String country;

    @Size(max = 100, message = "{profile.tooLong}")
    private String region = "";

    @Size(max = 100, message = "{profile.tooLong}")
    private String city = "";

    @NotNull(message = "{mission.mode.required}")
    private WorkMode mode = WorkMode.ON_SITE;

    @NotNull(message = "{mission.start.required}")
    private LocalDate startDate;

    @NotNull(message = "{mission.end.required}")
    private LocalDate endDate;

    @NotNull(message = "{mission.duration.required}")
    @Min(value = 1, message = "{mission.duration.range}")
    @Max(value = 52, message = "{mission.duration.range}")
    private Integer durationWeeks = 2;

    @Size(max = MAX_SKILLS, message = "{mission.skills.tooMany}")
    private Set<@NotBlank @Size(max = 60, message = "{profile.tooLong}") String> skills = new LinkedHashSet<>();

    @Size(max = 6, message = "{mission.languages.tooMany}")
    private List<@NotNull LanguageSkill> languages = new ArrayList<>();

    @NotNull(message = "{mission.experts.range}")
    @Min(value = 1, message = "{mission.experts.range}")
    @Max(value = 20, message = "{mission.experts.range}")
    private Integer expertsNeeded = 1;

    private boolean coversTravel;
    private boolean coversLodging;
    private boolean coversAllowance;

    private LocalDate applicationDeadline;

    /**
     * Message keys of the rules between fields this form breaks (empty when consistent): end before start, duration
     * longer than the window, deadline after the start, a language without a level.
     */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (startDate != null && endDate != null) {
            if (endDate.isBefore(startDate)) {
                problems.add("mission.end.beforeStart");
            } else if (durationWeeks != null && durationWeeks * 7L > ChronoUnit.DAYS.between(startDate, endDate) + 7) {
                problems.add("mission.duration.window");
            }
            if (applicationDeadline != null && applicationDeadline.isAfter(startDate)) {
                problems.add("mission.deadline.afterStart");
            }
        }
        if (languages.stream().anyMatch(l -> l.language() == null || l.level() == null)) {
            problems.add("mission.languages.incomplete");
        }
        return problems;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(String deliverables) {
        this.deliverables = deliverables;
    }

    public Set<String> getSectors() {
        return sectors;
    }

    public void setSectors(Set<String> sectors) {
        this.sectors = sectors;
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

    public WorkMode getMode() {
        return mode;
    }

    public void setMode(WorkMode mode) {
        this.mode = mode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public void setDurationWeeks(Integer durationWeeks) {
        this.durationWeeks = durationWeeks;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public void setSkills(Set<String> skills) {
        this.skills = skills;
    }

    public List<LanguageSkill> getLanguages() {
        return languages;
    }

    public void setLanguages(List<LanguageSkill> languages) {
        this.languages = languages;
    }

    public Integer getExpertsNeeded() {
        return expertsNeeded;
    }

    public void setExpertsNeeded(Integer expertsNeeded) {
        this.expertsNeeded = expertsNeeded;
    }

    public boolean isCoversTravel() {
        return coversTravel;
    }

    public void setCoversTravel(boolean coversTravel) {
        this.coversTravel = coversTravel;
    }

    public boolean isCoversLodging() {
        return coversLodging;
    }

    public void setCoversLodging(boolean coversLodging) {
        this.coversLodging = coversLodging;
    }

    public boolean isCoversAllowance() {
        return coversAllowance;
    }

    public void setCoversAllowance(boolean coversAllowance) {
        this.coversAllowance = coversAllowance;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }
}
