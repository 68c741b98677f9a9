package io.keyprojects.projects.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commander sends to register a unit. */
@Schema(example = "{\"code\": \"ZJJ\", \"name\": \"住建局\", \"kind\": \"BUREAU\"}")
public record UnitRegistration(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,15}", message = "2-16 capital letters or digits, starting with a letter") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull UnitKind kind) {
}
