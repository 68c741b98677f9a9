package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * county.projects.land-updated.v1 — a project's land (用地) as it now stands: area needed, construction-land
 * quota (用地指标) and farmland balance (占补平衡) secured, in 亩, and the approval stage.
 */
public record LandUpdated(UUID projectId, String projectCode, String leadUnit,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal areaNeeded,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quotaSecured,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceSecured,
                          String approvalStage, long version, Instant updatedAt, String updatedBy) {
}
