package io.keyprojects.projects.progress;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report as clients see it; money as decimal strings in 万元. */
public record ProgressReportView(UUID id, UUID projectId, String period, BigDecimal progressPercent,
                                 BigDecimal previousPercent,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal completedInvestment,
                                 String narrative, String reason, Instant reportedAt, String reportedBy,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY,
                                         description = "本月完成投资 (万元); null when the report does not state it")
                                 BigDecimal investmentThisMonth) {

    static ProgressReportView of(ProgressReport r) {
        return new ProgressReportView(r.id, r.projectId, r.period, r.progressPercent, r.previousPercent,
                r.completedInvestment, r.narrative, r.reason, r.reportedAt, r.reportedBy, r.investmentThisMonth);
    }
}
