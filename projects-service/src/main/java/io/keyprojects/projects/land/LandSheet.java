package io.keyprojects.projects.land;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the lead unit or the commander states about a project's land, all of it at once (PUT). Areas in 亩,
 * as decimal strings; the stage as text so that a wrong one is a field error, not an unreadable body.
 */
@Schema(example = "{\"areaNeeded\": \"120.50\", \"quotaSecured\": \"80.00\", \"balanceSecured\": \"60.00\", "
        + "\"approvalStage\": \"SUBMITTED\", \"note\": \"余下指标待省厅下达\"}")
public record LandSheet(
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "area the project needs, 亩") BigDecimal areaNeeded,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "construction-land quota secured (用地指标), 亩; at most areaNeeded") BigDecimal quotaSecured,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "farmland balance secured (占补平衡), 亩; at most areaNeeded") BigDecimal balanceSecured,
        @Schema(description = "NOT_STARTED, PRE_EXAMINED, SUBMITTED, APPROVED or SUPPLIED",
                enumeration = {"NOT_STARTED", "PRE_EXAMINED", "SUBMITTED", "APPROVED", "SUPPLIED"}) String approvalStage,
        @Schema(description = "free text, at most 2000 characters") String note) {
}
