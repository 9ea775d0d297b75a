package org.passerelle.directory;

/** A language (ISO 639-1 code) and how well the expert speaks it. */
public record LanguageSkill(String language, ProficiencyLevel level) {}
