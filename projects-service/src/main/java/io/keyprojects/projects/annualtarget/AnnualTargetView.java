package io.keyprojects.projects.annualtarget;

import io.keyprojects.projects.sheet.Stated;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's target for a year as clients see it; before one is stated, version 0 and no figures. */
@Schema(example = "{\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"year\": 2026, \"stated\": true, "
        + "\"investment\": \"6000.00\", \"physicalTarget\": \"主体结构封顶\", \"targetPercent\": 60, \"version\": 1, "
        + "\"updatedAt\": \"2026-02-10T02:00:00Z\", \"updatedBy\": \"department@ZJJ\"}")
public record AnnualTargetView(UUID projectId, int year,
                               @Schema(description = "false while no target was stated for the year") boolean stated,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY,
                                       description = "investment to complete in the year, 万元; null while not stated")
                               BigDecimal investment,
                               @Schema(description = "形象进度 by the year's end") String physicalTarget,
                               @Schema(description = "cumulative percent planned by the year's end, 0-100") BigDecimal targetPercent,
                               @Schema(description = "0 while nothing was stated; the ETag") long version,
                               Instant updatedAt, String updatedBy) {

    /** Nothing stated for the year yet: version 0, no figures. */
    static AnnualTargetView of(Stated<AnnualTargetSheet> stated) {
        AnnualTargetSheet t = stated.sheet();
        if (t == null) {
            return new AnnualTargetView(stated.projectId(), stated.period(), false, null, null, null, 0, null, null);
        }
        return new AnnualTargetView(stated.projectId(), stated.period(), true, t.investment(), t.physicalTarget(), t.targetPercent(),
                stated.version(), stated.statedAt(), stated.statedBy());
    }
}
