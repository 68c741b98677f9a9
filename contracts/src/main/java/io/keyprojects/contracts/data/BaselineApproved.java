package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * county.projects.baseline-approved.v1 — the commander approved a project's plan as its baseline (基线): with the
 * year's programme ({@code programmeApproval} true) or alone, for a project added after the programme was approved.
 * The planned window, the investment plan (万元) and every time node's planned date and share, as frozen.
 */
public record BaselineApproved(UUID projectId, String projectCode, String leadUnit, int year, boolean programmeApproval,
                               LocalDate plannedStart, LocalDate plannedEnd,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedInvestment,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualPlannedInvestment,
                               List<Node> milestones, Instant approvedAt, String approvedBy) {

    /** A time node as baselined; {@code plannedPercent} null when the node is not on the plan's curve. */
    public record Node(UUID milestoneId, String kind, String name, LocalDate plannedDate, BigDecimal plannedPercent) {
    }
}
