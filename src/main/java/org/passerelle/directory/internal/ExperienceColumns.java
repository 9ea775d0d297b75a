package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.stream.Stream;
import org.passerelle.directory.Experience;
import org.passerelle.shared.Texts;

@Embeddable
public class ExperienceColumns {

    @Column(nullable = false, length = 150)
    private String role;

    @Column(nullable = false, length = 150)
    private String organisation;

    @Column(name = "country_code", length = 2)
    private String country;

    private Integer fromYear;

    private Integer toYear;

    @Column(nullable = false, length = 2000)
    private String description;

    protected ExperienceColumns() {}

    ExperienceColumns(Experience experience) {
        role = experience.role().strip();
        organisation = experience.organisation() == null
                ? ""
                : experience.organisation().strip();
        country = experience.country() == null || experience.country().isBlank() ? null : experience.country();
        fromYear = experience.fromYear();
        toYear = experience.toYear();
        description = Texts.strip(experience.description());
    }

    Experience toExperience() {
        return new Experience(role, organisation, country, fromYear, toYear, description);
    }

    /** Role and description apart, so no phrase is read across the two. */
    Stream<String> texts() {
        return Stream.of(role, description).filter(Objects::nonNull);
    }

    String searchableText() {
        return role + " " + organisation + " " + description;
    }
}
