package io.keyprojects.assessment.honours;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The commander's decisions on one or more proposals of a period: confirm, or strike with a reason. */
public record HonoursDecisions(@NotEmpty @Size(max = 500) List<@Valid @NotNull Decision> decisions) {

    public enum Verdict { CONFIRM, STRIKE }

    @Schema(name = "HonourDecision")
    public record Decision(@NotBlank @Schema(description = "the proposal's key, as the list shows it") String proposal,
                           @NotNull Verdict decision,
                           @Size(max = 2000) @Schema(description = "why it is struck: required to strike") String reason) {
    }
}
