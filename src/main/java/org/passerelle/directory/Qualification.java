package org.passerelle.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A degree, licence or certification on a profile. {@code verified} is set only by a moderator or administrator after
 * checking evidence; changing the title, issuer or year of a verified qualification withdraws the verification.
 *
 * @param id null for a qualification not saved yet
 */
public record Qualification(
        Long id,

        @NotNull(message = "{profile.qualification.kind.required}")
        Kind kind,

        @NotBlank(message = "{profile.qualification.title.required}") @Size(max = 200, message = "{profile.tooLong}")
        String title,

        @Size(max = 200, message = "{profile.tooLong}") String issuer,

        @Min(value = 1950, message = "{profile.qualification.year}")
        @Max(value = 2100, message = "{profile.qualification.year}")
        Integer year,

        boolean verified) {

    /** What kind of qualification. */
    public enum Kind {
        DEGREE,
        LICENCE,
        CERTIFICATION;

        public String labelKey() {
            return "profile.qualification.kind." + name();
        }
    }

    /** Whether the checked facts (kind, title, issuer, year) are the same as another's. */
    public boolean sameFacts(Qualification other) {
        return kind == other.kind
                && Objects.equals(title, other.title)
                && Objects.equals(issuer, other.issuer)
                && Objects.equals(year, other.year);
    }
}
