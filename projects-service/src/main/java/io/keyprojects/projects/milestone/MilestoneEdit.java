package io.keyprojects.projects.milestone;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to a time node; fields left out stay as they are. {@code completed: true} (optionally with
 * {@code actualDate}, today otherwise) records that the node is done; a done node is not reopened. After the
 * project's baseline, a new planned date or share is a re-plan and needs {@code reason}.
 */
@Schema(example = "{\"completed\": true, \"actualDate\": \"2026-05-28\"}")
public record MilestoneEdit(
        @Size(min = 1, max = 200) String name,
        LocalDate plannedDate,
        @Min(1) @Max(3650) Integer durationDays,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal plannedPercent,
        Boolean completed,
        LocalDate actualDate,
        @Schema(description = "why the plan changes: required once the project's plan is approved (baseline) and plannedDate "
                + "or plannedPercent changes") @Size(max = 2000) String reason,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "专人: a person of the lead unit or of a cooperating unit")
        java.util.UUID responsiblePersonId) {
}
