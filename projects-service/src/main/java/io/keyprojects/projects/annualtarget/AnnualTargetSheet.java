package io.keyprojects.projects.annualtarget;

import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the lead unit or the commander states as a project's target for a year, all of it at once (PUT): the
 * investment to complete in the year (万元, decimal string) and the physical target (形象进度) as text, as the
 * cumulative percent planned by the year's end, or both.
 */
@Schema(example = "{\"investment\": \"6000.00\", \"physicalTarget\": \"主体结构封顶\", \"targetPercent\": 60}")
public record AnnualTargetSheet(
        @Schema(ref = ApiConventions.MONEY, description = "investment to complete in the year, 万元; required") BigDecimal investment,
        @Schema(description = "形象进度 by the year's end, at most 500 characters; this or targetPercent is required",
                example = "主体结构封顶") String physicalTarget,
        @Schema(description = "cumulative percent of the project's work planned by the year's end, 0-100", example = "60")
        BigDecimal targetPercent) {
}
