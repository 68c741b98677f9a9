package io.keyprojects.projects.milestone;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new time node: its kind, an optional name (the kind's label otherwise), its planned date and duration,
 * and optionally {@code plannedPercent}, the cumulative share of the project's work planned to be done by then
 * (the plan's own curve for 序时进度), and {@code responsibleUnit}, the unit that must get it done (the project's
 * lead unit when left out).
 */
@Schema(example = "{\"kind\": \"CONSTRUCTION_PERMIT\", \"name\": \"取得施工许可证\", \"plannedDate\": \"2026-05-31\", \"durationDays\": 20, \"plannedPercent\": 5, \"responsiblePersonId\": \"7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01\"}")
public record MilestonePlan(
        @NotNull MilestoneKind kind,
        @Size(max = 200) String name,
        @NotNull LocalDate plannedDate,
        @Min(1) @Max(3650) Integer durationDays,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal plannedPercent,
        @Size(max = 16) String responsibleUnit,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true,
                description = "专人: a person of the lead unit or of a cooperating unit (GET /api/people)") java.util.UUID responsiblePersonId) {
}
