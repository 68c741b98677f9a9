package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * county.projects.progress-reported.v1 — a progress report (进度填报); the project's percent and completed
 * investment (cumulative, 万元) are now the reported ones. {@code investmentThisMonth} (本月完成投资, 万元) is
 * optional and only on a month's report; events written before it existed do not carry it.
 */
public record ProgressReported(UUID id, UUID projectId, String projectCode, String leadUnit, String period,
                               BigDecimal progressPercent, BigDecimal previousPercent,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal completedInvestment,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal previousCompletedInvestment,
                               String narrative, String reason, long projectVersion, Instant reportedAt,
                               String reportedBy,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal investmentThisMonth) {

    /** A report without a month's investment. */
    public ProgressReported(UUID id, UUID projectId, String projectCode, String leadUnit, String period,
                            BigDecimal progressPercent, BigDecimal previousPercent, BigDecimal completedInvestment,
                            BigDecimal previousCompletedInvestment, String narrative, String reason, long projectVersion,
                            Instant reportedAt, String reportedBy) {
        this(id, projectId, projectCode, leadUnit, period, progressPercent, previousPercent, completedInvestment,
                previousCompletedInvestment, narrative, reason, projectVersion, reportedAt, reportedBy, null);
    }
}
