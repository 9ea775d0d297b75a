package org.passerelle.missions;

/** The full-text index of missions: entity and field names shared by the mapping and the queries. */
public final class MissionIndex {

    public static final String ENTITY = "Mission";

    public static final String TITLE_EN = "title_en";
    public static final String TITLE_FR = "title_fr";
    public static final String TITLE_AR = "title_ar";
    public static final String TEXT_EN = "text_en";
    public static final String TEXT_FR = "text_fr";
    public static final String TEXT_AR = "text_ar";
    public static final String SKILLS_EN = "skills_en";
    public static final String SKILLS_FR = "skills_fr";
    public static final String SKILLS_AR = "skills_ar";
    /** Concept part (see {@code ConceptIndexing}): the title and the required skills. */
    public static final String CORE = "CORE";
    /** Concept part: the summary, objectives and deliverables. */
    public static final String TEXT = "TEXT";

    public static final String SECTOR = "sector";
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String CONTINENT = "continent";
    public static final String MODE = "mode";
    public static final String REMOTE_POSSIBLE = "remotePossible";
    public static final String ON_SITE = "onSite";
    public static final String LANGUAGE = "language";
    public static final String LANGUAGE_LEVEL = "languageLevel";
    public static final String START = "startDate";
    public static final String END = "endDate";
    public static final String STATUS = "status";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String TITLE_SORT = "title_sort";
    public static final String INSTITUTION = "institution";

    private MissionIndex() {}
}
