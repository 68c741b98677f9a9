package io.keyprojects.assessment.ruleset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A new ruleset version as the commander writes it. */
public record RulesetDraft(@NotBlank String name, @NotNull LocalDate effectiveFrom, @Valid @NotNull RulesetDefinition definition) {
}
