package io.keyprojects.projects.land;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's land as clients see it: areas in 亩 as decimal strings, and what is still missing. */
@Schema(example = "{\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"areaNeeded\": \"120.50\", "
        + "\"quotaSecured\": \"80.00\", \"quotaGap\": \"40.50\", \"balanceSecured\": \"60.00\", \"balanceGap\": \"60.50\", "
        + "\"approvalStage\": \"SUBMITTED\", \"note\": \"余下指标待省厅下达\", \"version\": 2, "
        + "\"updatedAt\": \"2026-06-12T02:00:00Z\", \"updatedBy\": \"department@ZJJ\"}")
public record LandView(UUID projectId,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL) BigDecimal areaNeeded,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL) BigDecimal quotaSecured,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "areaNeeded − quotaSecured") BigDecimal quotaGap,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL) BigDecimal balanceSecured,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "areaNeeded − balanceSecured") BigDecimal balanceGap,
                       LandApprovalStage approvalStage, String note,
                       @Schema(description = "0 while nothing was recorded; the ETag") long version,
                       Instant updatedAt, String updatedBy) {

    /** What a project without a recorded land sheet shows: nothing needed, nothing filed, version 0. */
    static LandView none(UUID projectId) {
        return new LandView(projectId, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                LandApprovalStage.NOT_STARTED, null, 0, null, null);
    }

    static LandView of(LandRecord r) {
        return new LandView(r.projectId, r.areaNeeded, r.quotaSecured, r.areaNeeded.subtract(r.quotaSecured), r.balanceSecured,
                r.areaNeeded.subtract(r.balanceSecured), r.approvalStage, r.note, r.version, r.updatedAt, r.updatedBy);
    }
}
