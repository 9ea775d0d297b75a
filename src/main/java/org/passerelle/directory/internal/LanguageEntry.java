package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;

@Embeddable
public class LanguageEntry {

    @Column(name = "language_code", nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ProficiencyLevel level;

    protected LanguageEntry() {}

    LanguageEntry(LanguageSkill skill) {
        this.language = skill.language();
        this.level = skill.level();
    }

    LanguageSkill toSkill() {
        return new LanguageSkill(language, level);
    }
}
