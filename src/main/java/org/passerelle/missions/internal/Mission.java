package org.passerelle.missions.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.passerelle.directory.CountryAreas;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionForm;
import org.passerelle.missions.MissionIndex;
import org.passerelle.missions.MissionLifecycle;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.WorkMode;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.MultilingualText;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.SearchAnalyzers;
import org.passerelle.shared.Texts;

/**
 * A mission request (terms of reference) of an institution. Its status only moves through {@link #move}, which obeys
 * {@link MissionLifecycle}. Indexed for the mission board and for "missions for you" (field names in
 * {@link MissionIndex}).
 */
@Entity(name = MissionIndex.ENTITY)
@Table(name = "mission")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = MissionConceptBinder.class))
public class Mission extends AbstractEntity {

    @Column(nullable = false)
    @GenericField(name = MissionIndex.INSTITUTION)
    private Long institutionId;

    @Column(nullable = false, length = 200)
    private String institutionName;

    @Column(nullable = false, length = 160)
    @MultilingualText(
            en = MissionIndex.TITLE_EN,
            fr = MissionIndex.TITLE_FR,
            ar = MissionIndex.TITLE_AR,
            highlighted = {"en", "fr"},
            projected = "en")
    @KeywordField(name = MissionIndex.TITLE_SORT, normalizer = SearchAnalyzers.SORT_NORMALIZER, sortable = Sortable.YES)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, length = 4000)
    private String objectives = "";

    @Column(nullable = false, length = 4000)
    private String deliverables = "";

    @Column(nullable = false, length = 16000)
    private String objectivesHtml = "";

    @Column(nullable = false, length = 16000)
    private String deliverablesHtml = "";

    @ElementCollection
    @CollectionTable(name = "mission_sector", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "sector_code", length = 40)
    @KeywordField(name = MissionIndex.SECTOR, aggregable = Aggregable.YES)
    private Set<String> sectors = new LinkedHashSet<>();

    @Column(nullable = false, length = 2)
    @KeywordField(name = MissionIndex.COUNTRY, aggregable = Aggregable.YES)
    @CountryAreas(region = MissionIndex.REGION, continent = MissionIndex.CONTINENT)
    private String country;

    @Column(nullable = false, length = 100)
    private String region = "";

    @Column(nullable = false, length = 100)
    private String city = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField(name = MissionIndex.MODE, aggregable = Aggregable.YES)
    private WorkMode mode;

    @Column(nullable = false)
    @GenericField(name = MissionIndex.START, sortable = Sortable.YES)
    private LocalDate startDate;

    @Column(nullable = false)
    @GenericField(name = MissionIndex.END)
    private LocalDate endDate;

    @Column(nullable = false)
    private int durationWeeks;

    @ElementCollection
    @CollectionTable(name = "mission_skill", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "skill", length = 60)
    @MultilingualText(
            en = MissionIndex.SKILLS_EN,
            fr = MissionIndex.SKILLS_FR,
            ar = MissionIndex.SKILLS_AR,
            highlighted = "en")
    private Set<String> skills = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mission_language", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    private List<MissionLanguage> languages = new ArrayList<>();

    @Column(nullable = false)
    private int expertsNeeded;

    private boolean coversTravel;
    private boolean coversLodging;
    private boolean coversAllowance;

    private LocalDate applicationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    @KeywordField(name = MissionIndex.STATUS, aggregable = Aggregable.YES)
    private MissionStatus status = MissionStatus.DRAFT;

    @Column(nullable = false)
    private Long createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @GenericField(name = MissionIndex.PUBLISHED_AT, sortable = Sortable.YES)
    private Instant publishedAt;

    protected Mission() {}

    public Mission(long institutionId, String institutionName, MissionForm form, long author, Instant now) {
        this.institutionId = institutionId;
        this.institutionName = institutionName;
        this.createdBy = author;
        this.createdAt = now;
        apply(form, now);
    }

    /** New terms of reference; only while the mission is a draft or changes were requested. */
    public void apply(MissionForm form, Instant now) {
        if (getId() != null && !MissionLifecycle.editable(status)) {
            throw new RefusedException("mission.notEditable");
        }
        title = form.getTitle().strip();
        summary = form.getSummary().strip();
        objectives = strip(form.getObjectives());
        deliverables = strip(form.getDeliverables());
        objectivesHtml = Markdown.toSafeHtml(objectives);
        deliverablesHtml = Markdown.toSafeHtml(deliverables);
        sectors.clear();
        sectors.addAll(form.getSectors());
        country = form.getCountry();
        region = strip(form.getRegion());
        city = strip(form.getCity());
        mode = form.getMode();
        startDate = form.getStartDate();
        endDate = form.getEndDate();
        durationWeeks = form.getDurationWeeks();
        skills.clear();
        form.getSkills().stream().map(String::strip).forEach(skills::add);
        languages.clear();
        form.getLanguages().forEach(l -> languages.add(new MissionLanguage(l)));
        expertsNeeded = form.getExpertsNeeded();
        coversTravel = form.isCoversTravel();
        coversLodging = form.isCoversLodging();
        coversAllowance = form.isCoversAllowance();
        applicationDeadline = form.getApplicationDeadline();
        updatedAt = now;
    }

    /** Moves the mission by {@code action}; refused if the state machine does not allow it from here. */
    public MissionStatus move(MissionAction action, Instant now) {
        var next = MissionLifecycle.next(status, action)
                .orElseThrow(() -> new RefusedException("mission.transition.forbidden"));
        var from = status;
        status = next;
        updatedAt = now;
        if (next == MissionStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        return from;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public int getExpertsNeeded() {
        return expertsNeeded;
    }

    public String getTitle() {
        return title;
    }

    /** The mission's texts per part, for concept indexing: title and skills, then the description. */
    Map<String, List<String>> conceptTexts() {
        var core = new ArrayList<String>();
        core.add(title);
        core.addAll(skills);
        return Map.of(
                MissionIndex.CORE, List.copyOf(core), MissionIndex.TEXT, List.of(summary, objectives, deliverables));
    }

    @Transient
    @MultilingualText(
            en = MissionIndex.TEXT_EN,
            fr = MissionIndex.TEXT_FR,
            ar = MissionIndex.TEXT_AR,
            highlighted = {"en", "fr"})
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "objectives")),
                @ObjectPath(@PropertyValue(propertyName = "deliverables"))
            })
    public String getSearchableText() {
        return summary + "\n" + objectives + "\n" + deliverables;
    }

    @Transient
    @KeywordField(name = MissionIndex.LANGUAGE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public Set<String> getLanguageCodes() {
        return languages.stream().map(l -> l.toSkill().language()).collect(Collectors.toSet());
    }

    /** The languages required, as {@code fr:B2}: an expert speaking French at B2 or better satisfies it. */
    @Transient
    @KeywordField(name = MissionIndex.LANGUAGE_LEVEL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public Set<String> getLanguageRequirements() {
        return languages.stream()
                .map(MissionLanguage::toSkill)
                .map(l -> l.language() + ":" + l.level().name())
                .collect(Collectors.toSet());
    }

    @Transient
    @GenericField(name = MissionIndex.REMOTE_POSSIBLE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "mode")))
    public boolean isRemotePossible() {
        return mode.allowsRemote();
    }

    @Transient
    @GenericField(name = MissionIndex.ON_SITE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "mode")))
    public boolean isOnSite() {
        return mode.needsTravel();
    }

    public MissionDetails toDetails() {
        return new MissionDetails(
                getId(),
                getVersion(),
                institutionId,
                institutionName,
                title,
                summary,
                objectivesHtml,
                deliverablesHtml,
                Set.copyOf(sectors),
                country,
                region,
                city,
                mode,
                startDate,
                endDate,
                durationWeeks,
                new LinkedHashSet<>(skills),
                languages.stream().map(MissionLanguage::toSkill).toList(),
                expertsNeeded,
                coversTravel,
                coversLodging,
                coversAllowance,
                applicationDeadline,
                status,
                publishedAt,
                updatedAt);
    }

    public MissionForm toForm() {
        var form = new MissionForm();
        form.setTitle(title);
        form.setSummary(summary);
        form.setObjectives(objectives);
        form.setDeliverables(deliverables);
        form.setSectors(new LinkedHashSet<>(sectors));
        form.setCountry(country);
        form.setRegion(region);
        form.setCity(city);
        form.setMode(mode);
        form.setStartDate(startDate);
        form.setEndDate(endDate);
        form.setDurationWeeks(durationWeeks);
        form.setSkills(new LinkedHashSet<>(skills));
        form.setLanguages(
                new ArrayList<>(languages.stream().map(MissionLanguage::toSkill).toList()));
        form.setExpertsNeeded(expertsNeeded);
        form.setCoversTravel(coversTravel);
        form.setCoversLodging(coversLodging);
        form.setCoversAllowance(coversAllowance);
        form.setApplicationDeadline(applicationDeadline);
        return form;
    }

    private static String strip(String text) {
        return Texts.strip(text);
    }
}
