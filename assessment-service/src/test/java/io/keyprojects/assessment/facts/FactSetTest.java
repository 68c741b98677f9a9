package io.keyprojects.assessment.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.scoring.ScoringInputs;
import io.keyprojects.assessment.support.GeneratedEvents;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.BaselineApproved;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactSetTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private final FactSet facts = new FactSet(COUNTY);
    private final UUID project = UUID.randomUUID();

    private void apply(EventType type, UUID subject, Object data, String time) {
        facts.apply(CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), Instant.parse(time)));
    }

    private void registered() {
        apply(EventType.PROJECT_REGISTERED, project, new ProjectRegistered(project, "2026-ZD-001", "城东污水处理厂", "ECOLOGY", 2026,
                "ZJJ", null, List.of(), null, new BigDecimal("1000"), new BigDecimal("400"), LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-12-31"), "PREPARATION", BigDecimal.ZERO, 0, "commander"), "2026-01-10T02:00:00Z");
    }

    @Test
    void after_approval_a_replan_hides_neither_a_late_start_nor_a_late_node_from_the_rules() {
        registered(); // planned 1 March – 31 December, 400 万元 this year
        UUID node = UUID.randomUUID();
        apply(EventType.BASELINE_APPROVED, project, new BaselineApproved(project, "2026-ZD-001", "ZJJ", 2026, true,
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31"), new BigDecimal("1000"), new BigDecimal("400"),
                List.of(new BaselineApproved.Node(node, "CONSTRUCTION_PERMIT", "施工许可", LocalDate.parse("2026-02-20"), null)),
                Instant.parse("2026-01-20T02:00:00Z"), "commander"), "2026-01-20T02:00:00Z");
        // re-planned: start in September, the permit by the end of July, then got on 20 June ("on time" by the new plan)
        apply(EventType.PROJECT_UPDATED, project, new ProjectUpdated(project, "2026-ZD-001", "城东污水处理厂", null, "ECOLOGY", 2026,
                "ZJJ", null, List.of(), null, new BigDecimal("1000"), new BigDecimal("100"), BigDecimal.ZERO, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-06-30"), null, null, "PREPARATION", BigDecimal.ZERO, 1, List.of("plannedStart", "plannedEnd",
                "annualPlannedInvestment"), "commander"), "2026-05-10T02:00:00Z");
        nodePlanned(node, 1, "2026-07-31", null);
        apply(EventType.MILESTONE_COMPLETED, node, new MilestoneCompleted(node, project, "2026-ZD-001", "ZJJ", "CONSTRUCTION_PERMIT",
                "施工许可", LocalDate.parse("2026-07-31"), LocalDate.parse("2026-06-20"), true, "department@ZJJ"), "2026-06-20T02:00:00Z");

        var in = ScoringInputs.of(facts, "ZJJ", AssessmentPeriod.parse("2026-H1"), LocalDate.parse("2026-06-30"));
        assertEquals(1, in.starts().size(), "the promised start (1 March) has passed");
        assertEquals(LocalDate.parse("2026-03-01"), in.starts().get(0).plannedStart());
        assertFalse(in.starts().get(0).onTime());
        assertEquals(LocalDate.parse("2026-02-20"), in.milestones().get(0).plannedDate());
        assertFalse(in.milestones().get(0).onTime());
        assertEquals(0, new BigDecimal("400").compareTo(in.projects().get(0).weight()), "weighted by the approved annual plan");
        assertTrue(in.projects().get(0).plannedPercent().signum() > 0, "work was planned by the end of June");
    }

    @Test
    void a_late_start_a_blocker_resolved_in_time_and_a_node_done_late_are_what_the_rules_see() {
        registered();
        apply(EventType.PROJECT_PHASE_CHANGED, project, new ProjectPhaseChanged(project, "2026-ZD-001", "ZJJ", "PREPARATION",
                "UNDER_CONSTRUCTION", LocalDate.parse("2026-03-05"), null, new BigDecimal("20"), 1, "commander", null), "2026-03-05T02:00:00Z");
        UUID issue = UUID.randomUUID();
        apply(EventType.ISSUE_REPORTED, issue, new IssueReported(issue, project, "LAND", "HIGH", "用地", "ZJJ",
                LocalDate.parse("2026-04-01"), "OPEN", "commander"), "2026-03-10T02:00:00Z");
        apply(EventType.ISSUE_RESOLVED, issue, new IssueResolved(issue, project, "LAND", "ZJJ", "已落实", LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-03-30"), true, "department@ZJJ"), "2026-03-30T02:00:00Z");
        UUID node = UUID.randomUUID();
        apply(EventType.MILESTONE_COMPLETED, node, new MilestoneCompleted(node, project, "2026-ZD-001", "ZJJ", "CONSTRUCTION_PERMIT",
                "施工许可", LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-25"), false, "department@ZJJ"), "2026-02-25T02:00:00Z");

        var in = ScoringInputs.of(facts, "ZJJ", AssessmentPeriod.parse("2026-H1"), LocalDate.parse("2026-08-01"));
        assertEquals(LocalDate.parse("2026-06-30"), in.evaluationDate());
        assertEquals(1, in.starts().size());
        assertFalse(in.starts().get(0).onTime());
        assertEquals(1, in.blockers().size());
        assertTrue(in.blockers().get(0).withinSla());
        assertEquals(1, in.milestones().size());
        assertFalse(in.milestones().get(0).onTime());
        assertEquals(0, new BigDecimal("20").compareTo(in.projects().get(0).actualPercent()));
        assertEquals(0, new BigDecimal("400").compareTo(in.projects().get(0).weight()));
        assertEquals(List.of("ZJJ"), facts.units(AssessmentPeriod.parse("2026")));
    }

    private void nodePlanned(UUID node, long version, String date, String percent) {
        apply(EventType.MILESTONE_PLANNED, project, new MilestonePlanned(node, project, "2026-ZD-001", "ZJJ", "CONSTRUCTION_PERMIT",
                "施工许可", LocalDate.parse(date), null, percent == null ? null : new BigDecimal(percent), version, "commander"),
                "2026-02-01T02:00:00Z");
    }

    @Test
    void the_schedule_is_judged_on_the_plans_own_curve_where_its_time_nodes_carry_planned_percentages() {
        registered(); // planned 1 March – 31 December: 305 days
        var h1 = AssessmentPeriod.parse("2026-H1");
        // linear: by the end of 29 June, 121 of 305 days
        assertEquals(new BigDecimal("39.67"), ScoringInputs.of(facts, "ZJJ", h1, LocalDate.parse("2026-06-29")).projects().get(0).plannedPercent());

        UUID permit = UUID.randomUUID();
        nodePlanned(permit, 0, "2026-06-30", "10");
        assertEquals(new BigDecimal("10.00"), ScoringInputs.of(facts, "ZJJ", h1, LocalDate.parse("2026-06-29")).projects().get(0).plannedPercent());

        nodePlanned(permit, 1, "2026-06-30", "20");
        nodePlanned(permit, 0, "2026-06-30", "10"); // a stale re-plan, redelivered late
        nodePlanned(UUID.randomUUID(), 0, "2026-05-01", null); // a node without a percentage does not bend the plan
        assertEquals(new BigDecimal("20.00"), ScoringInputs.of(facts, "ZJJ", h1, LocalDate.parse("2026-06-29")).projects().get(0).plannedPercent());
    }

    @Test
    void the_rest_of_the_events_applied_to_a_copy_make_the_same_facts_as_all_of_them_applied_to_one_set() {
        List<CloudEvent> events = GeneratedEvents.of(3_000, 2026).stream().map(g -> EventJson.read(g.value())).toList();
        FactSet whole = new FactSet(COUNTY);
        FactSet start = new FactSet(COUNTY);
        events.forEach(whole::apply);
        events.subList(0, 1_700).forEach(start::apply);
        var period = AssessmentPeriod.parse("2026");
        var before = start.units(period).stream().map(u -> ScoringInputs.of(start, u, period, LocalDate.parse("2026-10-01"))).toList();

        FactSet rest = start.copy();
        events.subList(1_700, events.size()).forEach(rest::apply);

        assertEquals(whole.applied(), rest.applied());
        assertEquals(whole.typesUsed(), rest.typesUsed());
        assertEquals(whole.units(period), rest.units(period));
        for (String unit : whole.units(period)) {
            assertEquals(ScoringInputs.of(whole, unit, period, LocalDate.parse("2026-10-01")), ScoringInputs.of(rest, unit, period, LocalDate.parse("2026-10-01")));
        }
        assertEquals(before, start.units(period).stream().map(u -> ScoringInputs.of(start, u, period, LocalDate.parse("2026-10-01"))).toList(),
                "the copied set is left as it was");
    }

    @Test
    void investment_counts_what_was_completed_in_the_programme_year_against_the_elapsed_share_of_the_year() {
        registered();
        apply(EventType.PROGRESS_REPORTED, project, new ProgressReported(UUID.randomUUID(), project, "2026-ZD-001", "ZJJ", "2025-12",
                new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.ZERO, null, null, 1,
                Instant.parse("2025-12-20T02:00:00Z"), "department@ZJJ"), "2025-12-20T02:00:00Z");
        apply(EventType.PROGRESS_REPORTED, project, new ProgressReported(UUID.randomUUID(), project, "2026-ZD-001", "ZJJ", "2026-05",
                new BigDecimal("40"), new BigDecimal("5"), new BigDecimal("300"), new BigDecimal("100"), null, null, 2,
                Instant.parse("2026-06-01T02:00:00Z"), "department@ZJJ"), "2026-06-01T02:00:00Z");
        var in = ScoringInputs.of(facts, "ZJJ", AssessmentPeriod.parse("2026-H1"), LocalDate.parse("2026-07-15"));
        assertEquals(0, new BigDecimal("200").compareTo(in.projects().get(0).completedInvestment()));
        assertEquals(0, new BigDecimal("40").compareTo(in.projects().get(0).actualPercent()));
        assertEquals(new BigDecimal("0.495890"), in.elapsedShare()); // 181 of 365 days
    }

    @Test
    void an_older_version_arriving_late_changes_nothing() {
        registered();
        apply(EventType.PROJECT_PHASE_CHANGED, project, new ProjectPhaseChanged(project, "2026-ZD-001", "ZJJ", "UNDER_CONSTRUCTION",
                "COMPLETED", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-11-01"), new BigDecimal("100"), 3, "commander", null), "2026-11-01T02:00:00Z");
        apply(EventType.PROJECT_PHASE_CHANGED, project, new ProjectPhaseChanged(project, "2026-ZD-001", "ZJJ", "PREPARATION",
                "UNDER_CONSTRUCTION", LocalDate.parse("2026-03-01"), null, new BigDecimal("10"), 1, "commander", null), "2026-03-01T02:00:00Z");
        assertEquals("COMPLETED", facts.projectsOf("ZJJ", 2026).get(0).phase);
    }

    @Test
    void a_supervision_order_closed_after_its_deadline_counts_as_overdue() {
        registered();
        UUID order = UUID.randomUUID();
        apply(EventType.RECTIFICATION_ISSUED, order, new RectificationIssued(order, UUID.randomUUID(), UUID.randomUUID(), project, "ZJJ",
                "限期整改", LocalDate.parse("2026-05-01"), "ISSUED", "supervisor"), "2026-04-01T02:00:00Z");
        apply(EventType.RECTIFICATION_STATUS_CHANGED, order, new RectificationStatusChanged(order, "ZJJ", "RECHECKED", "CLOSED",
                LocalDate.parse("2026-05-01"), "supervisor", null), "2026-05-03T02:00:00Z");
        var in = ScoringInputs.of(facts, "ZJJ", AssessmentPeriod.parse("2026-Q2"), LocalDate.parse("2026-06-01"));
        assertEquals(1, in.orders().size());
        assertTrue(in.orders().get(0).overdue());
        assertEquals(LocalDate.parse("2026-05-03"), in.orders().get(0).closedOn());
    }
}
