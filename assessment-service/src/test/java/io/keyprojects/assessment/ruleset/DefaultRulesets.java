package io.keyprojects.assessment.ruleset;

import io.keyprojects.assessment.ruleset.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The default ruleset of the Flyway migration, as a value for the pure tests. */
public final class DefaultRulesets {
    private DefaultRulesets() {
    }

    public static RulesetDefinition hundredPoints() {
        return new RulesetDefinition(List.of(
                rule("SCHEDULE", RuleKind.SCHEDULE_PERFORMANCE, "30", null),
                rule("MILESTONES", RuleKind.MILESTONES_ON_TIME, "20", null),
                rule("INVESTMENT", RuleKind.INVESTMENT_COMPLETION, "20", null),
                rule("STARTED", RuleKind.STARTED_ON_PLAN, "15", null),
                rule("BLOCKERS", RuleKind.BLOCKERS_WITHIN_SLA, "15", null),
                rule("SUPERVISION", RuleKind.SUPERVISION_DEDUCTION, "10", "2")),
                new GradeThresholds(new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60")),
                new OutcomePolicy(Set.of(Grade.EXCELLENT), Set.of(Grade.FAIL)));
    }

    /**
     * The default rules with the accountability additions: cooperating units share 30 % of a project's schedule weight,
     * 5 points off per confirmed 工作不力 blocker (up to 10), 1 point per self-inspection (up to 3).
     */
    public static RulesetDefinition withAccountability() {
        return new RulesetDefinition(List.of(
                new RuleDefinition("SCHEDULE", "schedule", RuleKind.SCHEDULE_PERFORMANCE, new BigDecimal("30"), null, new BigDecimal("0.3")),
                rule("MILESTONES", RuleKind.MILESTONES_ON_TIME, "20", null),
                rule("INVESTMENT", RuleKind.INVESTMENT_COMPLETION, "20", null),
                rule("STARTED", RuleKind.STARTED_ON_PLAN, "15", null),
                rule("BLOCKERS", RuleKind.BLOCKERS_WITHIN_SLA, "15", null),
                rule("SUPERVISION", RuleKind.SUPERVISION_DEDUCTION, "10", "2"),
                rule("PERFORMANCE", RuleKind.UNIT_PERFORMANCE_DEDUCTION, "10", "5"),
                rule("SELF", RuleKind.SELF_INSPECTION_BONUS, "3", "1")),
                new GradeThresholds(new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60")),
                new OutcomePolicy(Set.of(Grade.EXCELLENT), Set.of(Grade.FAIL)), new PeopleHonours(2, 2));
    }

    public static RuleDefinition rule(String code, RuleKind kind, String max, String perItem) {
        return new RuleDefinition(code, code.toLowerCase(), kind, new BigDecimal(max), perItem == null ? null : new BigDecimal(perItem));
    }
}
