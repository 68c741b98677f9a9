package io.keyprojects.assessment.scoring;

import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.facts.FactSet.ProjectState;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.contracts.schedule.PlanCurve;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the rules read about one unit, derived from the facts as of an evaluation day. Pure: the facts keep state
 * and its fold, this says what counts for a score (what is due, on time, late), so the same facts and day always
 * give the same inputs.
 */
public final class ScoringInputs {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ScoringInputs() {
    }

    /** The day a score as of {@code asOfDay} is evaluated on: that day, kept inside the period. */
    public static LocalDate evaluationDate(AssessmentPeriod period, LocalDate asOfDay) {
        LocalDate last = period.end().minusDays(1);
        return asOfDay.isAfter(last) ? last : asOfDay;
    }

    public static UnitInputs of(FactSet facts, String unit, AssessmentPeriod period, LocalDate asOfDay) {
        LocalDate eval = evaluationDate(period, asOfDay);
        LocalDate yearStart = LocalDate.of(period.year(), 1, 1);
        BigDecimal yearShare = share(yearStart, LocalDate.of(period.year(), 12, 31), eval);

        List<UnitInputs.ProjectProgress> progress = new ArrayList<>();
        List<UnitInputs.StartCheck> starts = new ArrayList<>();
        for (ProjectState p : facts.projectsOf(unit, period.year())) {
            UnitInputs.ProjectProgress line = progress(p, eval);
            if (line != null) {
                progress.add(line);
            }
            // judged on the baseline once approved (as the registry's programme view does by default), so a re-plan hides no delay
            LocalDate start = p.judgedStart();
            if (start != null && !start.isBefore(period.start()) && start.isBefore(eval)) {
                boolean onTime = p.actualStart != null ? !p.actualStart.isAfter(start) : p.started();
                starts.add(new UnitInputs.StartCheck(p.code, start, p.actualStart, onTime));
            }
        }
        // 配合单位联动: the projects the unit helps with, for the share of the schedule points the ruleset gives them
        List<UnitInputs.ProjectProgress> cooperating = facts.cooperatedProjects(unit, period.year()).stream()
                .map(p -> progress(p, eval)).filter(line -> line != null).toList();
        List<UnitInputs.MilestoneCheck> nodes = facts.milestonesOf(unit).stream()
                .filter(m -> due(m.plannedDate(), period, eval))
                .sorted(Comparator.comparing(FactSet.MilestoneState::plannedDate).thenComparing(m -> m.id().toString()))
                .map(m -> new UnitInputs.MilestoneCheck(m.projectCode(), m.name(), m.plannedDate(), m.actualDate(),
                        m.actualDate() != null && !m.actualDate().isAfter(m.plannedDate())))
                .toList();
        List<FactSet.Blocker> blockersOfUnit = facts.blockersOf(unit);
        List<UnitInputs.BlockerCheck> blockers = blockersOfUnit.stream()
                .filter(i -> due(i.dueDate(), period, eval))
                .sorted(Comparator.comparing(FactSet.Blocker::dueDate).thenComparing(i -> i.id().toString()))
                .map(i -> new UnitInputs.BlockerCheck(i.id(), i.dueDate(), i.resolvedOn(),
                        i.resolvedOn() != null && !i.resolvedOn().isAfter(i.dueDate())))
                .toList();
        List<UnitInputs.PerformanceCheck> unitPerformance = blockersOfUnit.stream()
                .filter(i -> FactSet.UNIT_PERFORMANCE.equals(i.category()) && confirmedBy(i.confirmedOn(), period, eval))
                .sorted(Comparator.comparing(FactSet.Blocker::confirmedOn).thenComparing(i -> i.id().toString()))
                .map(i -> new UnitInputs.PerformanceCheck(i.id(), i.confirmedOn()))
                .toList();
        // orders a unit gave itself in a self-inspection are its own to-do list, not a supervision order it failed
        List<UnitInputs.OrderCheck> orders = facts.ordersOf(unit).stream()
                .filter(o -> !o.selfImposed() && due(o.deadline(), period, eval))
                .sorted(Comparator.comparing(FactSet.Order::deadline).thenComparing(o -> o.id().toString()))
                .map(o -> new UnitInputs.OrderCheck(o.id(), o.deadline(), o.closedOn(),
                        o.closedOn() == null || o.closedOn().isAfter(o.deadline())))
                .toList();
        List<UnitInputs.SelfInspectionCheck> selfInspections = facts.selfInspectionsOf(unit).stream()
                .filter(i -> confirmedBy(i.inspectedOn(), period, eval))
                .sorted(Comparator.comparing(FactSet.SelfInspection::inspectedOn).thenComparing(i -> i.id().toString()))
                .map(i -> new UnitInputs.SelfInspectionCheck(i.id(), i.projectId(), i.inspectedOn()))
                .toList();
        return new UnitInputs(unit, facts.unitName(unit), eval, yearShare, progress, nodes, starts, blockers, orders,
                cooperating, unitPerformance, selfInspections);
    }

    /** A project's planned and actual progress at the end of the evaluation day, null without a planned window. */
    private static UnitInputs.ProjectProgress progress(ProjectState p, LocalDate eval) {
        BigDecimal annual = p.judgedAnnualInvestment();
        if (p.judgedStart() == null || p.judgedEnd() == null) {
            return null;
        }
        // as of the end of the evaluation day, on the same plan the registry's programme view uses
        PlanCurve plan = p.planCurve();
        BigDecimal planned = plan == null ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(plan.shareOn(eval.plusDays(1))).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal weight = annual != null && annual.signum() > 0 ? annual : BigDecimal.ONE;
        return new UnitInputs.ProjectProgress(p.code, weight, planned, p.progressPercent, annual, p.completedInYear(eval));
    }

    /** A date is due when it lies in the period and before the evaluation date (the day itself is still in time). */
    private static boolean due(LocalDate date, AssessmentPeriod period, LocalDate eval) {
        return date != null && !date.isBefore(period.start()) && date.isBefore(eval);
    }

    /** Something that happened (confirmed, inspected) counts from its day on: in the period, not after the evaluation date. */
    private static boolean confirmedBy(LocalDate date, AssessmentPeriod period, LocalDate eval) {
        return date != null && !date.isBefore(period.start()) && !date.isAfter(eval);
    }

    /** Elapsed share (0..1, 6 places) of the inclusive window [from, to] at the end of {@code day}. */
    static BigDecimal share(LocalDate from, LocalDate to, LocalDate day) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        long elapsed = ChronoUnit.DAYS.between(from, day) + 1;
        if (total <= 0 || elapsed <= 0) {
            return BigDecimal.ZERO.setScale(6);
        }
        if (elapsed >= total) {
            return BigDecimal.ONE.setScale(6);
        }
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), new MathContext(12)).setScale(6, RoundingMode.HALF_UP);
    }
}
