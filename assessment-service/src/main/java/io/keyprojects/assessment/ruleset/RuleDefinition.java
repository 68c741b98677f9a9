package io.keyprojects.assessment.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One rule of a ruleset: its weight ({@code maxPoints}) and, for SUPERVISION_DEDUCTION, {@code pointsPerItem}
 * (points off per overdue order; 1 when absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDefinition(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$") String code,
        @NotBlank String name,
        @NotNull RuleKind kind,
        @NotNull @DecimalMin("0") BigDecimal maxPoints,
        @DecimalMin("0") BigDecimal pointsPerItem) {

    public BigDecimal perItem() {
        return pointsPerItem == null ? BigDecimal.ONE : pointsPerItem;
    }
}
