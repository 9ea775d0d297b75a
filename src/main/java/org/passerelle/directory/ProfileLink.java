package org.passerelle.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A publication or a web page about the expert's work. Only http and https addresses are accepted. */
public record ProfileLink(
        @NotNull Kind kind,

        @NotBlank(message = "{profile.link.title.required}") @Size(max = 200, message = "{profile.tooLong}")
        String title,

        @NotBlank(message = "{profile.link.url.invalid}")
        @Size(max = 500, message = "{profile.tooLong}")
        @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{profile.link.url.invalid}")
        String url) {

    /** What the link points to. */
    public enum Kind {
        PUBLICATION,
        WEBSITE;

        public String labelKey() {
            return "profile.link.kind." + name();
        }
    }
}
