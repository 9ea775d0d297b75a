package org.passerelle.directory.internal;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
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
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ExpertProfileDetails;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileForm;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Qualification;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Visibility;
import org.passerelle.shared.AbstractEntity;
import org.passerelle.shared.Markdown;
import org.passerelle.shared.SearchAnalyzers;
import org.passerelle.shared.Texts;

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
    @FullTextField(
            name = ExpertIndex.HEADLINE_EN,
            analyzer = SearchAnalyzers.ENGLISH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ExpertIndex.HEADLINE_FR,
            analyzer = SearchAnalyzers.FRENCH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ExpertIndex.HEADLINE_AR,
            analyzer = SearchAnalyzers.ARABIC,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String headline = "";

    @Column(length = 2)
    @KeywordField(name = ExpertIndex.RESIDENCE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String residenceCountry;

    @Column(nullable = false, length = 100)
    private String residenceCity = "";

    @Column(nullable = false, length = 60)
    private String gender = "";

    @Column(nullable = false, length = 2000)
    @FullTextField(name = ExpertIndex.SKILLS_TEXT_EN, analyzer = SearchAnalyzers.ENGLISH)
    @FullTextField(name = ExpertIndex.SKILLS_TEXT_FR, analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = ExpertIndex.SKILLS_TEXT_AR, analyzer = SearchAnalyzers.ARABIC)
    private String skillsText = "";

    @Column(nullable = false, length = 10000)
    @FullTextField(
            name = ExpertIndex.BIO_EN,
            analyzer = SearchAnalyzers.ENGLISH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ExpertIndex.BIO_FR,
            analyzer = SearchAnalyzers.FRENCH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ExpertIndex.BIO_AR,
            analyzer = SearchAnalyzers.ARABIC,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
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
    private Set<String> heritageCountries = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_sector", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "sector_code", length = 40)
    @KeywordField(name = ExpertIndex.SECTOR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> sectors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_skill", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "skill", length = 60)
    @FullTextField(
            name = ExpertIndex.SKILLS_EN,
            analyzer = SearchAnalyzers.ENGLISH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ExpertIndex.SKILLS_FR,
            analyzer = SearchAnalyzers.FRENCH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ExpertIndex.SKILLS_AR,
            analyzer = SearchAnalyzers.ARABIC,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
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
        updateQualifications(form.getQualifications());
        experience.clear();
        form.getExperience().forEach(e -> experience.add(new ExperienceColumns(e)));
        links.clear();
        form.getLinks().forEach(l -> links.add(new LinkColumns(l)));
        visibility.clear();
        visibility.putAll(ProfileForm.defaultVisibility());
        visibility.putAll(form.getVisibility());
        updatedAt = now;
    }

    /** Keeps qualifications by id (their verification survives unless their facts change), adds new, drops gone. */
    private void updateQualifications(List<Qualification> wanted) {
        var kept = wanted.stream()
                .map(Qualification::id)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        qualifications.removeIf(q -> !kept.contains(q.getId()));
        for (var qualification : wanted) {
            if (qualification.id() == null) {
                qualifications.add(new QualificationRecord(this, qualification));
            } else {
                qualifications.stream()
                        .filter(q -> q.getId().equals(qualification.id()))
                        .findFirst()
                        .ifPresent(q -> q.apply(qualification));
            }
        }
    }

    public List<QualificationRecord> getQualifications() {
        return qualifications;
    }

    /** The texts of each section that may mention concepts of the vocabulary, each piece apart. */
    Map<String, List<String>> conceptTexts() {
        var texts = new java.util.LinkedHashMap<String, List<String>>();
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
    @FullTextField(name = ExpertIndex.QUALIFICATIONS_EN, analyzer = SearchAnalyzers.ENGLISH)
    @FullTextField(name = ExpertIndex.QUALIFICATIONS_FR, analyzer = SearchAnalyzers.FRENCH)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "qualifications"), @PropertyValue(propertyName = "title")}),
                @ObjectPath({@PropertyValue(propertyName = "qualifications"), @PropertyValue(propertyName = "issuer")})
            })
    public List<String> getQualificationTexts() {
        return qualifications.stream().map(QualificationRecord::searchableText).toList();
    }

    @Transient
    @FullTextField(name = ExpertIndex.EXPERIENCE_EN, analyzer = SearchAnalyzers.ENGLISH)
    @FullTextField(name = ExpertIndex.EXPERIENCE_FR, analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = ExpertIndex.EXPERIENCE_AR, analyzer = SearchAnalyzers.ARABIC)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "experience")))
    public List<String> getExperienceTexts() {
        return experience.stream().map(ExperienceColumns::searchableText).toList();
    }

    @Transient
    @FullTextField(name = ExpertIndex.PUBLICATIONS_EN, analyzer = SearchAnalyzers.ENGLISH)
    @FullTextField(name = ExpertIndex.PUBLICATIONS_FR, analyzer = SearchAnalyzers.FRENCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "links")))
    public List<String> getPublicationTitles() {
        return links.stream().map(LinkColumns::title).toList();
    }

    @Transient
    @KeywordField(name = "visibility_EXPERIENCE", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getExperienceVisibility() {
        return visibilityOf(ProfileSection.EXPERIENCE);
    }

    @Transient
    @KeywordField(name = "visibility_PUBLICATIONS", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getPublicationsVisibility() {
        return visibilityOf(ProfileSection.PUBLICATIONS);
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
    @KeywordField(name = "visibility_QUALIFICATIONS", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getQualificationsVisibility() {
        return visibilityOf(ProfileSection.QUALIFICATIONS);
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
        var tokens = new LinkedHashSet<String>();
        for (var entry : languages) {
            var skill = entry.toSkill();
            for (var level : ProficiencyLevel.values()) {
                if (skill.level().atLeast(level)) {
                    tokens.add(skill.language() + ":" + level.name());
                }
            }
        }
        return tokens;
    }

    @Transient
    @KeywordField(name = ExpertIndex.HERITAGE_REGION, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "heritageCountries")))
    public Set<String> getHeritageRegions() {
        return heritageCountries.stream()
                .flatMap(c -> Countries.lookup(c).stream())
                .map(Country::region)
                .collect(Collectors.toSet());
    }

    @Transient
    @KeywordField(name = ExpertIndex.HERITAGE_CONTINENT, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "heritageCountries")))
    public Set<String> getHeritageContinents() {
        return heritageCountries.stream()
                .flatMap(c -> Countries.lookup(c).stream())
                .map(Country::continent)
                .collect(Collectors.toSet());
    }

    @Transient
    @KeywordField(name = ExpertIndex.RESIDENCE_REGION, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "residenceCountry")))
    public String getResidenceRegion() {
        return Countries.lookup(residenceCountry).map(Country::region).orElse(null);
    }

    @Transient
    @KeywordField(name = ExpertIndex.RESIDENCE_CONTINENT, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "residenceCountry")))
    public String getResidenceContinent() {
        return Countries.lookup(residenceCountry).map(Country::continent).orElse(null);
    }

    @Transient
    @KeywordField(name = "visibility_IDENTITY", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getIdentityVisibility() {
        return visibilityOf(ProfileSection.IDENTITY);
    }

    @Transient
    @KeywordField(name = "visibility_ORIGINS", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getOriginsVisibility() {
        return visibilityOf(ProfileSection.ORIGINS);
    }

    @Transient
    @KeywordField(name = "visibility_EXPERTISE", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getExpertiseVisibility() {
        return visibilityOf(ProfileSection.EXPERTISE);
    }

    @Transient
    @KeywordField(name = "visibility_AVAILABILITY", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getAvailabilityVisibility() {
        return visibilityOf(ProfileSection.AVAILABILITY);
    }

    @Transient
    @KeywordField(name = "visibility_BIO", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
    public Visibility getBioVisibility() {
        return visibilityOf(ProfileSection.BIO);
    }

    private Visibility visibilityOf(ProfileSection section) {
        return visibility.getOrDefault(section, Visibility.DEFAULT);
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
        var origins = !hidden.contains(ProfileSection.ORIGINS);
        var expertise = !hidden.contains(ProfileSection.EXPERTISE);
        var available = !hidden.contains(ProfileSection.AVAILABILITY);
        return new ExpertProfileDetails(
                getId(),
                displayName,
                headline,
                origins ? Set.copyOf(heritageCountries) : Set.of(),
                origins ? residenceCountry : null,
                origins ? residenceCity : "",
                expertise ? Set.copyOf(sectors) : Set.of(),
                expertise ? Set.copyOf(skills) : Set.of(),
                expertise ? skillsText : "",
                expertise ? languages.stream().map(LanguageEntry::toSkill).toList() : List.of(),
                available
                        ? availability.stream().map(AvailabilityEntry::toWindow).toList()
                        : List.of(),
                available ? weeksPerYear : null,
                hidden.contains(ProfileSection.BIO) ? "" : bioHtml,
                hidden.contains(ProfileSection.QUALIFICATIONS)
                        ? List.of()
                        : qualifications.stream()
                                .map(QualificationRecord::toQualification)
                                .toList(),
                hidden.contains(ProfileSection.EXPERIENCE)
                        ? List.of()
                        : experience.stream()
                                .map(ExperienceColumns::toExperience)
                                .toList(),
                hidden.contains(ProfileSection.PUBLICATIONS)
                        ? List.of()
                        : links.stream().map(LinkColumns::toLink).toList(),
                Set.copyOf(hidden),
                viewer.isUser(userId));
    }

    private static String strip(String text) {
        return Texts.strip(text);
    }

    private static void replace(Set<String> target, java.util.Collection<String> values) {
        target.clear();
        target.addAll(values);
    }
}
