package io.keyprojects.projects.land;

import io.keyprojects.projects.sheet.Stated;
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

    /** Nothing stated yet: nothing needed, nothing filed, version 0. */
    static LandView of(Stated<LandSheet> stated) {
        LandSheet s = stated.sheet();
        if (s == null) {
            return new LandView(stated.projectId(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    LandApprovalStage.NOT_STARTED, null, 0, null, null);
        }
        return new LandView(stated.projectId(), s.areaNeeded(), s.quotaSecured(), s.areaNeeded().subtract(s.quotaSecured()),
                s.balanceSecured(), s.areaNeeded().subtract(s.balanceSecured()), LandApprovalStage.valueOf(s.approvalStage()), s.note(),
                stated.version(), stated.statedAt(), stated.statedBy());
    }
}
