package io.keyprojects.projects.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a unit's department (for its own staff) or the commander (for anyone) sends to register a person. */
@Schema(example = "{\"name\": \"李明\", \"title\": \"建设科科长\", \"unit\": \"ZJJ\", \"kind\": \"STAFF\", "
        + "\"phone\": \"0571-8888 1234\", \"email\": \"liming@zjj.county.gov.cn\"}")
public record PersonRegistration(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 100) @Schema(description = "post or title (职务)") String title,
        @Size(max = 16) @Schema(description = "the unit's code; required unless kind is COUNTY_LEADER", nullable = true) String unit,
        @NotNull PersonKind kind,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "digits, spaces, +, (, ) and - only")
        @Schema(description = "private: seen by the commander and the person's own unit only", nullable = true) String phone,
        @Size(max = 200) @Email @Schema(description = "private: seen by the commander and the person's own unit only", nullable = true) String email) {
}
