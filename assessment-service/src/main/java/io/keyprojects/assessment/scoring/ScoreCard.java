package io.keyprojects.assessment.scoring;

import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.assessment.ruleset.RuleDefinition;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's score under one ruleset version: each rule's points (rounded to 0.01, half up) and their sum.
 * Pure: the same ruleset and inputs always give the same card, which is what makes a recompute reproducible.
 */
public record ScoreCard(String unit, String unitName, int rulesetVersion, BigDecimal total, Grade grade,
                        Outcome outcome, List<RuleScore> rules, UnitInputs inputs) {

    private static final MathContext RATIO = MathContext.DECIMAL64;

    public static ScoreCard score(RulesetDefinition ruleset, int version, UnitInputs in) {
        List<RuleScore> scores = new ArrayList<>();
        for (RuleDefinition rule : ruleset.rules()) {
            scores.add(switch (rule.kind()) {
                case SCHEDULE_PERFORMANCE -> schedule(rule, in);
                case MILESTONES_ON_TIME -> milestones(rule, in);
                case INVESTMENT_COMPLETION -> investment(rule, in);
                case STARTED_ON_PLAN -> starts(rule, in);
                case BLOCKERS_WITHIN_SLA -> blockers(rule, in);
                case SUPERVISION_DEDUCTION -> deduction(rule, in);
                case UNIT_PERFORMANCE_DEDUCTION -> unitPerformance(rule, in);
                case SELF_INSPECTION_BONUS -> selfInspection(rule, in);
            });
        }
        BigDecimal total = scores.stream().map(RuleScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        Grade grade = Grade.of(total, ruleset.grades());
        return new ScoreCard(in.unit(), in.unitName(), version, total, grade, Outcome.of(grade, ruleset.outcomes()), scores, in);
    }

    private static RuleScore schedule(RuleDefinition rule, UnitInputs in) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        for (var p : in.projects()) {
            earned = earned.add(p.weight().multiply(p.actualPercent()));
            planned = planned.add(p.weight().multiply(p.plannedPercent()));
        }
        BigDecimal share = rule.cooperation();
        if (share.signum() == 0) {
            return ratio(rule, earned, planned, "maxPoints × min(1, Σ weight·actualPercent / Σ weight·plannedPercent)",
                    "earnedValue", "plannedValue", in.projects());
        }
        // 配合单位联动: a project the unit helps with counts at its weight × the ruleset's share
        for (var p : in.cooperating()) {
            BigDecimal weight = p.weight().multiply(share);
            earned = earned.add(weight.multiply(p.actualPercent()));
            planned = planned.add(weight.multiply(p.plannedPercent()));
        }
        List<Object> facts = new ArrayList<>(in.projects());
        in.cooperating().forEach(p -> facts.add(Map.of("cooperatingOn", p)));
        RuleScore score = ratio(rule, earned, planned,
                "maxPoints × min(1, Σ weight·actualPercent / Σ weight·plannedPercent), projects helped with as 配合单位 at weight × cooperatingShare",
                "earnedValue", "plannedValue", facts);
        score.inputs().put("cooperatingShare", share);
        score.inputs().put("projectsHelpedWith", in.cooperating().size());
        return score;
    }

    private static RuleScore milestones(RuleDefinition rule, UnitInputs in) {
        long onTime = in.milestones().stream().filter(UnitInputs.MilestoneCheck::onTime).count();
        return ratio(rule, BigDecimal.valueOf(onTime), BigDecimal.valueOf(in.milestones().size()),
                "maxPoints × nodesOnTime / nodesDue", "nodesOnTime", "nodesDue", in.milestones());
    }

    private static RuleScore investment(RuleDefinition rule, UnitInputs in) {
        BigDecimal completed = BigDecimal.ZERO;
        BigDecimal annual = BigDecimal.ZERO;
        List<UnitInputs.ProjectProgress> known = in.projects().stream()
                .filter(p -> p.completedInvestment() != null && p.annualPlannedInvestment() != null).toList();
        for (var p : known) {
            completed = completed.add(p.completedInvestment());
            annual = annual.add(p.annualPlannedInvestment());
        }
        BigDecimal due = annual.multiply(in.elapsedShare());
        RuleScore score = ratio(rule, completed, due,
                "maxPoints × min(1, completedInvestment / (annualPlannedInvestment × elapsedShare))",
                "completedInvestment", "dueInvestment", known);
        score.inputs().put("annualPlannedInvestment", annual);
        score.inputs().put("elapsedShare", in.elapsedShare());
        return score;
    }

    private static RuleScore starts(RuleDefinition rule, UnitInputs in) {
        long onTime = in.starts().stream().filter(UnitInputs.StartCheck::onTime).count();
        return ratio(rule, BigDecimal.valueOf(onTime), BigDecimal.valueOf(in.starts().size()),
                "maxPoints × startedOnPlan / dueToStart", "startedOnPlan", "dueToStart", in.starts());
    }

    private static RuleScore blockers(RuleDefinition rule, UnitInputs in) {
        long within = in.blockers().stream().filter(UnitInputs.BlockerCheck::withinSla).count();
        return ratio(rule, BigDecimal.valueOf(within), BigDecimal.valueOf(in.blockers().size()),
                "maxPoints × resolvedWithinSla / blockersDue", "resolvedWithinSla", "blockersDue", in.blockers());
    }

    private static RuleScore deduction(RuleDefinition rule, UnitInputs in) {
        long overdue = in.orders().stream().filter(UnitInputs.OrderCheck::overdue).count();
        BigDecimal deducted = rule.perItem().multiply(BigDecimal.valueOf(overdue)).min(rule.maxPoints());
        BigDecimal points = deducted.negate().setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("overdueOrders", overdue);
        inputs.put("pointsPerItem", rule.perItem());
        inputs.put("ordersDue", in.orders().size());
        return new RuleScore(rule.code(), rule.name(), rule.kind(), rule.maxPoints(), points, !in.orders().isEmpty(),
                "−min(maxPoints, pointsPerItem × overdueOrders)", inputs, in.orders());
    }

    private static RuleScore unitPerformance(RuleDefinition rule, UnitInputs in) {
        long confirmed = in.unitPerformance().size();
        BigDecimal points = rule.perItem().multiply(BigDecimal.valueOf(confirmed)).min(rule.maxPoints()).negate().setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("confirmedUnitPerformanceBlockers", confirmed);
        inputs.put("pointsPerItem", rule.perItem());
        return new RuleScore(rule.code(), rule.name(), rule.kind(), rule.maxPoints(), points, confirmed > 0,
                confirmed > 0 ? "−min(maxPoints, pointsPerItem × confirmedUnitPerformanceBlockers)" : "no 工作不力 blocker confirmed: no deduction",
                inputs, in.unitPerformance());
    }

    private static RuleScore selfInspection(RuleDefinition rule, UnitInputs in) {
        long made = in.selfInspections().size();
        BigDecimal points = rule.perItem().multiply(BigDecimal.valueOf(made)).min(rule.maxPoints()).setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("selfInspections", made);
        inputs.put("pointsPerItem", rule.perItem());
        return new RuleScore(rule.code(), rule.name(), rule.kind(), rule.maxPoints(), points, made > 0,
                made > 0 ? "+min(maxPoints, pointsPerItem × selfInspections)" : "no self-inspection yet: no bonus",
                inputs, in.selfInspections());
    }

    /** points = maxPoints × min(1, numerator / denominator); full points when nothing was due (denominator 0). */
    private static RuleScore ratio(RuleDefinition rule, BigDecimal numerator, BigDecimal denominator, String formula,
                                   String numeratorName, String denominatorName, List<?> facts) {
        boolean assessed = denominator.signum() > 0;
        // the ratio is rounded to 6 places before use, so maxPoints × ratio shown in the breakdown is the exact arithmetic
        BigDecimal ratio = assessed
                ? numerator.divide(denominator, RATIO).min(BigDecimal.ONE).max(BigDecimal.ZERO).setScale(6, RoundingMode.HALF_UP)
                : BigDecimal.ONE.setScale(6);
        BigDecimal points = rule.maxPoints().multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(numeratorName, numerator);
        inputs.put(denominatorName, denominator);
        inputs.put("ratio", ratio);
        return new RuleScore(rule.code(), rule.name(), rule.kind(), rule.maxPoints(), points, assessed,
                assessed ? formula : "nothing due or no facts yet: full points", inputs, facts);
    }
}
