package org.passerelle.directory.internal;

import static org.passerelle.shared.Texts.strip;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.passerelle.directory.CountryAreas;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ExpertProfileDetails;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.MultilingualText;
import org.passerelle.shared.SearchAnalyzers;

/**
 * An expert's profile: one per expert account, owned and edited by that expert only. Indexed for the directory search
 * (field names in {@link ExpertIndex}); each section's visibility is indexed too, so searches never reveal a hidden
 * section.
 */
@Entity(name = ExpertIndex.ENTITY)
@Table(name = "expert_profile")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ExpertConceptBinder.class))
public class ExpertProfile extends AbstractEntity {

    @Column(nullable = false, unique = true)
    @GenericField(name = ExpertIndex.USER_ID, projectable = Projectable.YES)
    private Long userId;

    @Column(nullable = false, length = 100)
    @FullTextField(name = ExpertIndex.NAME, analyzer = SearchAnalyzers.FOLDED, projectable = Projectable.YES)
    @KeywordField(name = ExpertIndex.NAME_SORT, normalizer = SearchAnalyzers.SORT_NORMALIZER, sortable = Sortable.YES)
    private String displayName;

    @Column(nullable = false, length = 160)
    @MultilingualText(
            en = ExpertIndex.HEADLINE_EN,
            fr = ExpertIndex.HEADLINE_FR,
            ar = ExpertIndex.HEADLINE_AR,
            highlighted = {"en", "fr", "ar"},
            projected = "en")
    private String headline = "";

    @Column(length = 2)
    @KeywordField(name = ExpertIndex.RESIDENCE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @CountryAreas(region = ExpertIndex.RESIDENCE_REGION, continent = ExpertIndex.RESIDENCE_CONTINENT)
    private String residenceCountry;

    @Column(nullable = false, length = 100)
    private String residenceCity = "";

    @Column(nullable = false, length = 60)
    private String gender = "";

    @Column(nullable = false, length = 2000)
    @MultilingualText(en = ExpertIndex.SKILLS_TEXT_EN, fr = ExpertIndex.SKILLS_TEXT_FR, ar = ExpertIndex.SKILLS_TEXT_AR)
    private String skillsText = "";

    @Column(nullable = false, length = 10000)
    @MultilingualText(
            en = ExpertIndex.BIO_EN,
            fr = ExpertIndex.BIO_FR,
            ar = ExpertIndex.BIO_AR,
            highlighted = {"en", "fr", "ar"})
    private String bioMarkdown = "";

    @Column(nullable = false, length = 40000)
    private String bioHtml = "";

    private Integer weeksPerYear;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    @GenericField(name = ExpertIndex.UPDATED_AT, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "expert_heritage_country", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "country_code", length = 2)
    @KeywordField(name = ExpertIndex.HERITAGE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @CountryAreas(region = ExpertIndex.HERITAGE_REGION, continent = ExpertIndex.HERITAGE_CONTINENT)
    private Set<String> heritageCountries = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_sector", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "sector_code", length = 40)
    @KeywordField(name = ExpertIndex.SECTOR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> sectors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_skill", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "skill", length = 60)
    @MultilingualText(
            en = ExpertIndex.SKILLS_EN,
            fr = ExpertIndex.SKILLS_FR,
            ar = ExpertIndex.SKILLS_AR,
            highlighted = {"en", "fr", "ar"},
            projected = "en")
    private Set<String> skills = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_language", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<LanguageEntry> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_availability", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @IndexedEmbedded(name = ExpertIndex.AVAILABILITY, structure = ObjectStructure.NESTED)
    private List<AvailabilityEntry> availability = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_experience", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<ExperienceColumns> experience = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_link", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<LinkColumns> links = new ArrayList<>();

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<QualificationRecord> qualifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_visibility", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "section", length = 32)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", length = 32)
    @SectionVisibilities
    private Map<ProfileSection, Visibility> visibility = new EnumMap<>(ProfileSection.class);

    protected ExpertProfile() {}

    public ExpertProfile(long userId, String displayName, Instant now) {
        this.userId = userId;
        this.displayName = displayName;
        this.createdAt = now;
        this.updatedAt = now;
        this.visibility.putAll(ProfileForm.defaultVisibility());
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Replaces everything the expert edits with the (validated) form; the biography is rendered here, once. */
    public void update(ProfileForm form, Instant now) {
        displayName = form.getDisplayName().strip();
        headline = strip(form.getHeadline());
        residenceCountry = form.getResidenceCountry();
        residenceCity = strip(form.getResidenceCity());
        gender = strip(form.getGender());
        skillsText = strip(form.getSkillsText());
        bioMarkdown = strip(form.getBio());
        bioHtml = Markdown.toSafeHtml(bioMarkdown);
        weeksPerYear = form.getWeeksPerYear();
        replace(heritageCountries, form.getHeritageCountries());
        replace(sectors, form.getSectors());
        replace(skills, form.getSkills().stream().map(String::strip).toList());
        languages.clear();
        form.getLanguages().forEach(l -> languages.add(new LanguageEntry(l)));
        availability.clear();
        form.getAvailability().forEach(w -> availability.add(new AvailabilityEntry(w)));
        QualificationRecord.merge(this, qualifications, form.getQualifications());
        experience.clear();
        form.getExperience().forEach(e -> experience.add(new ExperienceColumns(e)));
        links.clear();
        form.getLinks().forEach(l -> links.add(new LinkColumns(l)));
        visibility.clear();
        visibility.putAll(ProfileForm.defaultVisibility());
        visibility.putAll(form.getVisibility());
        updatedAt = now;
    }

    public List<QualificationRecord> getQualifications() {
        return qualifications;
    }

    /** The texts of each section that may mention concepts of the vocabulary, each piece apart. */
    Map<String, List<String>> conceptTexts() {
        var texts = new LinkedHashMap<String, List<String>>();
        texts.put(ProfileSection.IDENTITY.name(), List.of(headline));
        var expertise = new ArrayList<>(skills);
        expertise.add(skillsText);
        texts.put(ProfileSection.EXPERTISE.name(), expertise);
        texts.put(ProfileSection.BIO.name(), List.of(bioMarkdown));
        texts.put(
                ProfileSection.EXPERIENCE.name(),
                experience.stream().flatMap(ExperienceColumns::texts).toList());
        texts.put(
                ProfileSection.QUALIFICATIONS.name(),
                qualifications.stream().map(QualificationRecord::title).toList());
        return texts;
    }

    @Transient
    @MultilingualText(en = ExpertIndex.QUALIFICATIONS_EN, fr = ExpertIndex.QUALIFICATIONS_FR)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "qualifications"), @PropertyValue(propertyName = "title")}),
                @ObjectPath({@PropertyValue(propertyName = "qualifications"), @PropertyValue(propertyName = "issuer")})
            })
    public List<String> getQualificationTexts() {
        return qualifications.stream().map(QualificationRecord::searchableText).toList();
    }

    @Transient
    @MultilingualText(en = ExpertIndex.EXPERIENCE_EN, fr = ExpertIndex.EXPERIENCE_FR, ar = ExpertIndex.EXPERIENCE_AR)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "experience")))
    public List<String> getExperienceTexts() {
        return experience.stream().map(ExperienceColumns::searchableText).toList();
    }

    @Transient
    @MultilingualText(en = ExpertIndex.PUBLICATIONS_EN, fr = ExpertIndex.PUBLICATIONS_FR)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "links")))
    public List<String> getPublicationTitles() {
        return links.stream().map(LinkColumns::title).toList();
    }

    @Transient
    @KeywordField(name = ExpertIndex.VERIFIED_QUALIFICATION, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath({
                @PropertyValue(propertyName = "qualifications"),
                @PropertyValue(propertyName = "verifiedAt")
            }))
    public String getVerifiedQualification() {
        return String.valueOf(qualifications.stream().anyMatch(QualificationRecord::isVerified));
    }

    @Transient
    @KeywordField(name = ExpertIndex.LANGUAGE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public Set<String> getLanguageCodes() {
        return languages.stream().map(l -> l.toSkill().language()).collect(Collectors.toSet());
    }

    @Transient
    @KeywordField(name = ExpertIndex.LANGUAGE_LEVEL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public Set<String> getLanguageLevels() {
        return languages.stream()
                .flatMap(LanguageEntry::levelTokens)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public ProfileForm toForm() {
        var form = new ProfileForm();
        form.setDisplayName(displayName);
        form.setHeadline(headline);
        form.setResidenceCountry(residenceCountry);
        form.setResidenceCity(residenceCity);
        form.setGender(gender);
        form.setSkillsText(skillsText);
        form.setBio(bioMarkdown);
        form.setWeeksPerYear(weeksPerYear);
        form.setHeritageCountries(new LinkedHashSet<>(heritageCountries));
        form.setSectors(new LinkedHashSet<>(sectors));
        form.setSkills(new LinkedHashSet<>(skills));
        form.setLanguages(
                new ArrayList<>(languages.stream().map(LanguageEntry::toSkill).toList()));
        form.setAvailability(new ArrayList<>(
                availability.stream().map(AvailabilityEntry::toWindow).toList()));
        form.setExperience(new ArrayList<>(
                experience.stream().map(ExperienceColumns::toExperience).toList()));
        form.setLinks(new ArrayList<>(links.stream().map(LinkColumns::toLink).toList()));
        form.setQualifications(new ArrayList<>(qualifications.stream()
                .map(QualificationRecord::toQualification)
                .toList()));
        var map = ProfileForm.defaultVisibility();
        map.putAll(visibility);
        form.setVisibility(map);
        return form;
    }

    public boolean visibleTo(ProfileSection section, Viewer viewer) {
        return visibility.getOrDefault(section, Visibility.DEFAULT).allows(viewer, userId);
    }

    /** The profile as this viewer may see it; empty sections for what they may not. Null if not even the name. */
    public ExpertProfileDetails viewFor(Viewer viewer) {
        if (!visibleTo(ProfileSection.IDENTITY, viewer)) {
            return null;
        }
        var hidden = EnumSet.noneOf(ProfileSection.class);
        for (var section : ProfileSection.values()) {
            if (!visibleTo(section, viewer)) {
                hidden.add(section);
            }
        }
        return ExpertProfileDetails.of(getId(), toForm(), bioHtml, hidden, viewer.isUser(userId));
    }

    private static void replace(Set<String> target, Collection<String> values) {
        target.clear();
        target.addAll(values);
    }
}
