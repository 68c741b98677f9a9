package io.keyprojects.projects.preliminary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.projects.milestone.MilestoneKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkedBackTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Test
    void the_last_step_is_due_on_the_planned_start_and_each_earlier_one_when_the_next_must_begin() {
        assertEquals(List.of(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 8, 2), LocalDate.of(2026, 9, 1)),
                WorkedBack.plannedDates(START, List.of(45, 30, 30)));
        assertEquals(LocalDate.of(2026, 5, 19), WorkedBack.firstStepBegins(START, List.of(45, 30, 30)));
    }

    @Test
    void a_single_step_is_due_on_the_planned_start_and_no_step_gives_no_date() {
        assertEquals(List.of(START), WorkedBack.plannedDates(START, List.of(15)));
        assertEquals(List.of(), WorkedBack.plannedDates(START, List.of()));
    }

    private static PreliminaryStanding.Node node(MilestoneKind kind, String planned, String actual) {
        return new PreliminaryStanding.Node(UUID.randomUUID(), kind, kind.label(), LocalDate.parse(planned),
                actual == null ? null : LocalDate.parse(actual), null);
    }

    @Test
    void a_project_stands_at_its_first_step_not_done_late_by_the_days_past_that_steps_date() {
        var nodes = List.of(node(MilestoneKind.PROJECT_APPROVAL, "2026-03-01", "2026-03-10"),
                node(MilestoneKind.LAND_APPROVAL, "2026-05-20", null),
                node(MilestoneKind.ENVIRONMENTAL_ASSESSMENT, "2026-06-15", "2026-06-01"),
                node(MilestoneKind.CONSTRUCTION_PERMIT, "2026-09-01", null));
        PreliminaryStanding s = PreliminaryStanding.of(nodes, START, LocalDate.of(2026, 6, 30));
        assertEquals(MilestoneKind.LAND_APPROVAL, s.step().kind());
        assertEquals(LocalDate.of(2026, 6, 1), s.since());
        assertEquals(41, s.daysLate());
        assertEquals(2, s.stepsDone());
        assertEquals(4, s.stepsTotal());
        assertEquals(1, s.lateSteps());
    }

    @Test
    void a_step_done_after_the_day_judged_is_not_done_yet_on_that_day() {
        var nodes = List.of(node(MilestoneKind.PROJECT_APPROVAL, "2026-03-01", "2026-07-10"));
        PreliminaryStanding s = PreliminaryStanding.of(nodes, START, LocalDate.of(2026, 3, 5));
        assertEquals(MilestoneKind.PROJECT_APPROVAL, s.step().kind());
        assertEquals(null, s.since());
        assertEquals(4, s.daysLate());
    }

    @Test
    void without_a_step_left_or_planned_a_project_is_late_only_past_its_planned_start() {
        assertEquals(0, PreliminaryStanding.of(List.of(), START, LocalDate.of(2026, 8, 31)).daysLate());
        assertEquals(9, PreliminaryStanding.of(List.of(), START, LocalDate.of(2026, 9, 10)).daysLate());
        var done = List.of(node(MilestoneKind.CONSTRUCTION_PERMIT, "2026-09-01", "2026-08-20"));
        PreliminaryStanding s = PreliminaryStanding.of(done, START, LocalDate.of(2026, 9, 3));
        assertEquals(null, s.step());
        assertEquals(2, s.daysLate());
        assertEquals(0, PreliminaryStanding.of(List.of(), null, LocalDate.of(2026, 9, 3)).daysLate());
    }
}
