package org.passerelle.directory;

/**
 * The full-text index of expert profiles: its entity name and field names, shared by the mapping (on the profile
 * entity) and the queries (in the matching module). Text fields exist three times, analysed in English, French and Arabic; the
 * concepts of the vocabulary each section mentions are in {@link ConceptIndexing}'s fields, sections as parts.
 */
public final class ExpertIndex {

    public static final String ENTITY = "ExpertProfile";

    // identity
    public static final String NAME = "name";
    public static final String NAME_SORT = "name_sort";
    public static final String HEADLINE_EN = "headline_en";
    public static final String HEADLINE_FR = "headline_fr";
    public static final String HEADLINE_AR = "headline_ar";
    // expertise
    public static final String SKILLS_EN = "skills_en";
    public static final String SKILLS_FR = "skills_fr";
    public static final String SKILLS_AR = "skills_ar";
    public static final String SKILLS_TEXT_EN = "skillsText_en";
    public static final String SKILLS_TEXT_FR = "skillsText_fr";
    public static final String SKILLS_TEXT_AR = "skillsText_ar";
    public static final String SECTOR = "sector";
    public static final String LANGUAGE = "language";
    /** Language and every level up to the expert's, e.g. {@code fr:B2}: filters "at least B2" with one term. */
    public static final String LANGUAGE_LEVEL = "languageLevel";
    // qualifications
    public static final String QUALIFICATIONS_EN = "qualifications_en";
    public static final String QUALIFICATIONS_FR = "qualifications_fr";
    /** "true" when at least one qualification has been verified by a moderator or administrator. */
    public static final String VERIFIED_QUALIFICATION = "verifiedQualification";
    // experience and publications
    public static final String EXPERIENCE_EN = "experience_en";
    public static final String EXPERIENCE_FR = "experience_fr";
    public static final String EXPERIENCE_AR = "experience_ar";
    public static final String PUBLICATIONS_EN = "publications_en";
    public static final String PUBLICATIONS_FR = "publications_fr";
    // origins
    public static final String HERITAGE = "heritage";
    public static final String HERITAGE_REGION = "heritageRegion";
    public static final String HERITAGE_CONTINENT = "heritageContinent";
    public static final String RESIDENCE = "residence";
    public static final String RESIDENCE_REGION = "residenceRegion";
    public static final String RESIDENCE_CONTINENT = "residenceContinent";
    // availability (nested windows)
    public static final String AVAILABILITY = "availability";
    public static final String AVAILABILITY_START = "availability.startDate";
    public static final String AVAILABILITY_END = "availability.endDate";
    public static final String AVAILABILITY_REMOTE = "availability.remote";
    public static final String AVAILABILITY_ON_SITE = "availability.onSite";
    // biography
    public static final String BIO_EN = "bio_en";
    public static final String BIO_FR = "bio_fr";
    public static final String BIO_AR = "bio_ar";
    // control
    public static final String USER_ID = "userId";
    public static final String UPDATED_AT = "updatedAt";

    /** The field holding a section's visibility, e.g. {@code visibility_BIO}. */
    public static String visibility(ProfileSection section) {
        return "visibility_" + section.name();
    }

    private ExpertIndex() {}
}
