package io.keyprojects.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything known about one unit for one period as of the evaluation date: the facts the rules read.
 * Built from events only (see {@code facts.FactSet}); a list is empty when no event has told us anything.
 */
public record UnitInputs(String unit, String unitName, LocalDate evaluationDate, BigDecimal elapsedShare,
                         List<ProjectProgress> projects, List<MilestoneCheck> milestones, List<StartCheck> starts,
                         List<BlockerCheck> blockers, List<OrderCheck> orders,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProjectProgress> cooperating,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PerformanceCheck> unitPerformance,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SelfInspectionCheck> selfInspections) {

    /** A unit that only leads: no project it helps with, no 工作不力 blocker confirmed, no self-inspection. */
    public UnitInputs(String unit, String unitName, LocalDate evaluationDate, BigDecimal elapsedShare,
                      List<ProjectProgress> projects, List<MilestoneCheck> milestones, List<StartCheck> starts,
                      List<BlockerCheck> blockers, List<OrderCheck> orders) {
        this(unit, unitName, evaluationDate, elapsedShare, projects, milestones, starts, blockers, orders, List.of(), List.of(), List.of());
    }

    /** Published cards written before these facts existed read back with empty lists, never null. */
    public UnitInputs {
        cooperating = cooperating == null ? List.of() : cooperating;
        unitPerformance = unitPerformance == null ? List.of() : unitPerformance;
        selfInspections = selfInspections == null ? List.of() : selfInspections;
    }

    /** A project's planned and actual progress at the evaluation date; weight = annual planned investment (1 when unknown). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectProgress(String project, BigDecimal weight, BigDecimal plannedPercent, BigDecimal actualPercent,
                                  BigDecimal annualPlannedInvestment, BigDecimal completedInvestment) {
    }

    /** A time node (时间节点) due by the evaluation date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MilestoneCheck(String project, String milestone, LocalDate plannedDate, LocalDate actualDate, boolean onTime) {
    }

    /** A project due to start by the evaluation date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StartCheck(String project, LocalDate plannedStart, LocalDate actualStart, boolean onTime) {
    }

    /** A blocker whose SLA due date fell in the period up to the evaluation date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlockerCheck(UUID issue, LocalDate dueDate, LocalDate resolvedOn, boolean withinSla) {
    }

    /** A 工作不力 (UNIT_PERFORMANCE) blocker confirmed against the unit in the period by the evaluation date. */
    public record PerformanceCheck(UUID issue, LocalDate confirmedOn) {
    }

    /** A self-inspection (自查) the unit made in the period by the evaluation date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SelfInspectionCheck(UUID inspection, UUID projectId, LocalDate inspectedOn) {
    }

    /** A supervision order whose deadline passed in the period before the evaluation date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderCheck(UUID order, LocalDate deadline, LocalDate closedOn, boolean overdue) {
    }
}
