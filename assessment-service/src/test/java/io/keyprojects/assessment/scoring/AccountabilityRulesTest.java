package io.keyprojects.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.DefaultRulesets;
import io.keyprojects.assessment.ruleset.RuleDefinition;
import io.keyprojects.assessment.ruleset.RuleKind;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.InspectionRecorded;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The accountability rules (配合单位联动, 工作不力, 自查) from events to points, pure. */
class AccountabilityRulesTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final AssessmentPeriod H1 = AssessmentPeriod.parse("2026-H1");
    private static final LocalDate DAY = LocalDate.parse("2026-06-30");
    private final FactSet facts = new FactSet(COUNTY);
    private final List<CloudEvent> log = new ArrayList<>();

    private void apply(EventType type, UUID subject, Object data, String time) {
        CloudEvent event = CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), Instant.parse(time));
        log.add(event);
        facts.apply(event);
    }

    /** A project led by {@code lead}, helped by {@code cooperating}, planned over the year, at {@code percent} % in June. */
    private UUID project(String lead, List<String> cooperating, String percent) {
        UUID id = UUID.randomUUID();
        apply(EventType.PROJECT_REGISTERED, id, new ProjectRegistered(id, "2026-ZD-" + id.toString().substring(0, 4), "项目", "INFRASTRUCTURE",
                2026, lead, null, cooperating, null, new BigDecimal("1000"), new BigDecimal("400"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), "PREPARATION", BigDecimal.ZERO, 0, "commander"), "2026-01-05T02:00:00Z");
        apply(EventType.PROJECT_PHASE_CHANGED, id, new ProjectPhaseChanged(id, "X", lead, "PREPARATION", "UNDER_CONSTRUCTION",
                LocalDate.parse("2026-01-01"), null, new BigDecimal(percent), 1, "commander", null), "2026-06-01T02:00:00Z");
        return id;
    }

    private UUID performanceBlocker(UUID project, String against, String category) {
        UUID id = UUID.randomUUID();
        apply(EventType.ISSUE_REPORTED, id, new IssueReported(id, project, category, "HIGH", "配合单位推进不力", against,
                LocalDate.parse("2026-12-01"), "OPEN", "commander"), "2026-05-02T02:00:00Z");
        return id;
    }

    private void acknowledged(UUID issue, UUID project, String unit) {
        apply(EventType.ISSUE_STATUS_CHANGED, issue, new IssueStatusChanged(issue, project, unit, "OPEN", "ACKNOWLEDGED", null,
                LocalDate.parse("2026-12-01"), 1, "department@" + unit, Instant.parse("2026-05-03T02:00:00Z")), "2026-05-03T02:00:00Z");
    }

    private ScoreCard card(String unit, RulesetDefinition rules) {
        return ScoreCard.score(rules, 2, ScoringInputs.of(facts, unit, H1, DAY));
    }

    private static RuleScore rule(ScoreCard card, String code) {
        return card.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void a_cooperating_unit_shares_in_its_projects_schedule_points_at_the_configured_share() {
        project("ZJJ", List.of("CGZ"), "10"); // far behind its plan (≈ 50 %)
        project("CGZ", List.of(), "50");      // on plan
        RulesetDefinition sharing = DefaultRulesets.withAccountability();
        RuleScore shared = rule(card("CGZ", sharing), "SCHEDULE");
        RuleScore alone = rule(card("CGZ", DefaultRulesets.hundredPoints()), "SCHEDULE");
        assertTrue(shared.points().compareTo(alone.points()) < 0, "the lagging project it helps with costs it: " + shared.points() + " < " + alone.points());
        assertEquals(new BigDecimal("0.3"), shared.inputs().get("cooperatingShare"));
        assertEquals(1, shared.inputs().get("projectsHelpedWith"));
        // the lead unit's points are its own project's alone, whatever the share
        assertEquals(rule(card("ZJJ", DefaultRulesets.hundredPoints()), "SCHEDULE").points(), rule(card("ZJJ", sharing), "SCHEDULE").points());
        assertTrue(Evaluation.assessedUnits(facts, H1, sharing).contains("CGZ"));
    }

    @Test
    void without_a_share_in_the_ruleset_a_unit_that_only_cooperates_is_not_assessed() {
        project("ZJJ", List.of("XQZ"), "10");
        assertFalse(Evaluation.assessedUnits(facts, H1, DefaultRulesets.hundredPoints()).contains("XQZ"));
        assertTrue(Evaluation.assessedUnits(facts, H1, DefaultRulesets.withAccountability()).contains("XQZ"));
    }

    @Test
    void a_confirmed_unit_performance_blocker_costs_its_responsible_unit_points() {
        UUID p = project("ZJJ", List.of("CGZ"), "50");
        UUID confirmed = performanceBlocker(p, "CGZ", "UNIT_PERFORMANCE");
        acknowledged(confirmed, p, "CGZ");
        RuleScore deduction = rule(card("CGZ", DefaultRulesets.withAccountability()), "PERFORMANCE");
        assertEquals(new BigDecimal("-5.00"), deduction.points());
        assertTrue(deduction.assessed());
        assertEquals(1L, deduction.inputs().get("confirmedUnitPerformanceBlockers"));
        assertTrue(Evaluation.assessedUnits(facts, H1, DefaultRulesets.withAccountability()).contains("CGZ"),
                "a unit a 工作不力 blocker was confirmed against is assessed even if it leads nothing");
    }

    @Test
    void a_unit_performance_blocker_only_reported_or_of_another_category_costs_nothing() {
        UUID p = project("ZJJ", List.of(), "50");
        performanceBlocker(p, "CGZ", "UNIT_PERFORMANCE"); // reported, never acknowledged: an accusation, not a finding
        UUID land = performanceBlocker(p, "ZJJ", "LAND");
        acknowledged(land, p, "ZJJ");
        assertEquals(new BigDecimal("0.00"), rule(card("CGZ", DefaultRulesets.withAccountability()), "PERFORMANCE").points());
        assertEquals(new BigDecimal("0.00"), rule(card("ZJJ", DefaultRulesets.withAccountability()), "PERFORMANCE").points());
    }

    @Test
    void self_inspections_earn_their_points_up_to_the_maximum_and_their_own_orders_are_no_supervision_deduction() {
        UUID p = project("ZJJ", List.of(), "50");
        for (int i = 0; i < 4; i++) {
            UUID inspection = UUID.randomUUID();
            apply(EventType.INSPECTION_RECORDED, inspection, new InspectionRecorded(inspection, "SELF", "ZJJ", p,
                    LocalDate.parse("2026-06-0" + (i + 1)), "自查", 1, "department@ZJJ"), "2026-06-0" + (i + 1) + "T02:00:00Z");
            UUID order = UUID.randomUUID();
            apply(EventType.RECTIFICATION_ISSUED, order, new RectificationIssued(order, inspection, UUID.randomUUID(), p, "ZJJ", "整改",
                    LocalDate.parse("2026-06-10"), "ISSUED", "department@ZJJ"), "2026-06-0" + (i + 1) + "T02:00:00Z");
        }
        UUID bureaus = UUID.randomUUID();
        apply(EventType.INSPECTION_RECORDED, bureaus, new InspectionRecorded(bureaus, "SUPERVISION", "ZJJ", p,
                LocalDate.parse("2026-06-02"), "督查", 0, "supervisor"), "2026-06-02T02:00:00Z");
        ScoreCard card = card("ZJJ", DefaultRulesets.withAccountability());
        assertEquals(new BigDecimal("3.00"), rule(card, "SELF").points(), "4 self-inspections, 1 point each, at most 3");
        assertEquals(4L, rule(card, "SELF").inputs().get("selfInspections"), "the bureau's inspection is not a self-inspection");
        assertEquals(new BigDecimal("0.00"), rule(card, "SUPERVISION").points(), "overdue orders it gave itself are its own to-do list");
    }

    @Test
    void the_accountability_rules_come_out_the_same_on_a_replay_of_the_same_events() {
        UUID p = project("ZJJ", List.of("CGZ"), "20");
        UUID confirmed = performanceBlocker(p, "CGZ", "UNIT_PERFORMANCE");
        acknowledged(confirmed, p, "CGZ");
        FactSet replayed = new FactSet(COUNTY);
        log.forEach(replayed::apply);
        RulesetDefinition rules = DefaultRulesets.withAccountability();
        for (String unit : Evaluation.assessedUnits(facts, H1, rules)) {
            assertEquals(card(unit, rules), ScoreCard.score(rules, 2, ScoringInputs.of(replayed, unit, H1, DAY)), unit);
        }
    }

    @Test
    void bonuses_and_deductions_stand_outside_the_hundred_points() {
        DefaultRulesets.withAccountability().check();
        var rules = new ArrayList<>(DefaultRulesets.hundredPoints().rules());
        rules.add(new RuleDefinition("SELF", "自查", RuleKind.SELF_INSPECTION_BONUS, new BigDecimal("5"), BigDecimal.ONE));
        var d = DefaultRulesets.hundredPoints();
        new RulesetDefinition(rules, d.grades(), d.outcomes()).check();
        rules.add(new RuleDefinition("EXTRA", "多余", RuleKind.MILESTONES_ON_TIME, new BigDecimal("5"), null));
        assertThrows(ProblemException.class, () -> new RulesetDefinition(rules, d.grades(), d.outcomes()).check());
    }
}
