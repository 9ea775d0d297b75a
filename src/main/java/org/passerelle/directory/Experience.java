package org.passerelle.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A past or current position: what, where, when. */
public record Experience(
        @NotBlank(message = "{profile.experience.role.required}") @Size(max = 150, message = "{profile.tooLong}")
        String role,

        @Size(max = 150, message = "{profile.tooLong}") String organisation,
        @Size(max = 2, message = "{profile.tooLong}") String country,

        @Min(value = 1950, message = "{profile.qualification.year}")
        @Max(value = 2100, message = "{profile.qualification.year}")
        Integer fromYear,

        @Min(value = 1950, message = "{profile.qualification.year}")
        @Max(value = 2100, message = "{profile.qualification.year}")
        Integer toYear,

        @Size(max = 2000, message = "{profile.tooLong}") String description) {}
