package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * county.projects.funding-updated.v1 — a project's funding (资金) as it now stands: per source the amount
 * planned, secured and paid out (万元), the totals and the gap (planned − secured) that a FUNDING blocker
 * points at.
 */
public record FundingUpdated(UUID projectId, String projectCode, String leadUnit, List<Source> sources,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal planned,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal secured,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidOut,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gap,
                             long version, Instant updatedAt, String updatedBy) {

    /** One source: SUPERIOR_GRANT, FISCAL_APPROPRIATION, FINANCING_AND_BONDS, LAND_TRANSFER or SOCIAL_CAPITAL. */
    public record Source(String source,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal planned,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal secured,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidOut) {
    }
}
