package org.passerelle.missions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.passerelle.directory.LanguageSkill;
import org.passerelle.directory.ProficiencyLevel;

/** A language the mission requires, at least at a level. */
@Embeddable
public class MissionLanguage {

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 8)
    private ProficiencyLevel level;

    protected MissionLanguage() {}

    MissionLanguage(LanguageSkill skill) {
        this.language = skill.language();
        this.level = skill.level();
    }

    LanguageSkill toSkill() {
        return new LanguageSkill(language, level);
    }
}
