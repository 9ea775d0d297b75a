package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.stream.Stream;
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

    /** {@code fr:B2} for this level and every level below it: a mission asking for French at B1 finds a B2 speaker. */
    Stream<String> levelTokens() {
        return Arrays.stream(ProficiencyLevel.values())
                .filter(level -> this.level.atLeast(level))
                .map(level -> language + ":" + level.name());
    }
}
