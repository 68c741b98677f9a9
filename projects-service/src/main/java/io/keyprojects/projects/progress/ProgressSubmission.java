package io.keyprojects.projects.progress;

import io.keyprojects.platform.openapi.ApiConventions;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the lead unit reports for a period: the project's cumulative percent and completed investment
 * (万元; the previous figure is kept when left out), what happened, and — when the percent or the
 * investment goes down — why.
 */
@Schema(example = "{\"period\": \"2026-07\", \"progressPercent\": 45, \"completedInvestment\": \"5400.00\", "
        + "\"narrative\": \"主体结构封顶，开始二次结构施工\"}")
public record ProgressSubmission(
        @NotNull @Pattern(regexp = "[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?",
                message = "a period like 2026, 2026-H1, 2026-Q3 or 2026-07") String period,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal progressPercent,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal completedInvestment,
        @Size(max = 4000) String narrative,
        @Size(max = 1000) String reason,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY,
                description = "本月完成投资: investment completed in the report's month (万元); only with a month's period (YYYY-MM)")
        BigDecimal investmentThisMonth) {
}
