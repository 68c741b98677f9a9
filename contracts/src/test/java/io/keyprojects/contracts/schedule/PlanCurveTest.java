package io.keyprojects.contracts.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.keyprojects.contracts.schedule.PlanCurve.Node;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCurveTest {
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = START.plusDays(100);

    @Test
    void without_time_nodes_the_plan_is_the_elapsed_share_of_its_window() {
        PlanCurve linear = PlanCurve.of(START, END, List.of());
        assertEquals(0, linear.shareOn(START.minusDays(5)));
        assertEquals(0.25, linear.shareOn(START.plusDays(25)), 1e-9);
        assertEquals(1, linear.shareOn(END.plusDays(5)));
        assertEquals(40, linear.daysToReach(0.40), 1e-9);
    }

    @Test
    void time_nodes_with_planned_percentages_bend_the_plan_through_them() {
        // slow start: 10 % by day 50 (permits, demolition), then the bulk of the work
        PlanCurve curve = PlanCurve.of(START, END, List.of(new Node(START.plusDays(50), 10)));
        assertEquals(0.05, curve.shareOn(START.plusDays(25)), 1e-9);
        assertEquals(0.10, curve.shareOn(START.plusDays(50)), 1e-9);
        assertEquals(0.55, curve.shareOn(START.plusDays(75)), 1e-9);
        assertEquals(50, curve.daysToReach(0.10), 1e-9);
        assertEquals(75, curve.daysToReach(0.55), 1e-9);
    }

    @Test
    void a_plan_never_falls_and_nodes_outside_the_window_sit_on_its_edges() {
        PlanCurve curve = PlanCurve.of(START, END, List.of(new Node(START.plusDays(20), 60), new Node(START.plusDays(40), 30),
                new Node(END.plusDays(30), 90)));
        assertEquals(0.60, curve.shareOn(START.plusDays(40)), 1e-9);
        assertEquals(0.60, curve.shareOn(START.plusDays(30)), 1e-9);
        assertEquals(1, curve.shareOn(END), 1e-9);
        assertEquals(20, curve.daysToReach(0.60), 1e-9, "the first day the plan reaches the share");
    }

    @Test
    void a_node_planned_at_100_before_the_end_finishes_the_plan_early() {
        PlanCurve curve = PlanCurve.of(START, END, List.of(new Node(START.plusDays(80), 100)));
        assertEquals(1, curve.shareOn(START.plusDays(90)), 1e-9);
        assertEquals(80, curve.daysToReach(1), 1e-9);
    }

    @Test
    void no_window_no_curve() {
        assertNull(PlanCurve.of(null, END, List.of()));
        assertNull(PlanCurve.of(END, START, List.of()));
    }
}
