package io.keyprojects.assessment.ruleset;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Lowest totals of each grade: EXCELLENT ≥ excellent, GOOD ≥ good, PASS ≥ pass, FAIL below (优秀/良好/合格/不合格). */
public record GradeThresholds(@NotNull BigDecimal excellent, @NotNull BigDecimal good, @NotNull BigDecimal pass) {
}
