package io.keyprojects.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Development only: the role (and, for a department, the unit) a token is wanted for. */
@Schema(example = "{\"role\": \"department\", \"unit\": \"ZJJ\"}")
public record TokenRequest(
        @NotBlank @Pattern(regexp = "commander|department|supervisor|auditor|portal",
                message = "one of commander, department, supervisor, auditor, portal") String role,
        @Pattern(regexp = "[A-Z][A-Z0-9]{1,15}", message = "a unit code such as ZJJ") String unit) {
}
