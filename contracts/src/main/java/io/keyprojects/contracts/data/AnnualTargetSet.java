package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * county.projects.annual-target-set.v1 — a project's target for a year (年度目标) as it now stands: the investment
 * to complete in that year (万元) and the physical target (形象进度) as text, as a cumulative percent by the year's
 * end, or both.
 */
public record AnnualTargetSet(UUID projectId, String projectCode, String leadUnit, int year,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal investment,
                              String physicalTarget, BigDecimal targetPercent,
                              long version, Instant updatedAt, String updatedBy) {
}
