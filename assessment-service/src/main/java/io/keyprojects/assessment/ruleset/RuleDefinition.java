package io.keyprojects.assessment.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One rule of a ruleset: its weight ({@code maxPoints}); for the deductions and the self-inspection bonus
 * {@code pointsPerItem} (points off or on per item; 1 when absent); for SCHEDULE_PERFORMANCE {@code cooperatingShare}
 * (0..1: the weight a project the unit helps with as 配合单位 carries in its schedule points; none when absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDefinition(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$") String code,
        @NotBlank String name,
        @NotNull RuleKind kind,
        @NotNull @DecimalMin("0") BigDecimal maxPoints,
        @DecimalMin("0") BigDecimal pointsPerItem,
        @DecimalMin("0") @DecimalMax("1") BigDecimal cooperatingShare) {

    public RuleDefinition(String code, String name, RuleKind kind, BigDecimal maxPoints, BigDecimal pointsPerItem) {
        this(code, name, kind, maxPoints, pointsPerItem, null);
    }

    public BigDecimal perItem() {
        return pointsPerItem == null ? BigDecimal.ONE : pointsPerItem;
    }

    /** The share of the schedule points cooperating units take in a project they help with: 0 unless the rule sets it. */
    public BigDecimal cooperation() {
        return cooperatingShare == null ? BigDecimal.ZERO : cooperatingShare;
    }
}
