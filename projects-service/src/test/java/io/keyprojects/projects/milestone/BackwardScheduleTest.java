package io.keyprojects.projects.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 倒排工期 against a hand calculation. */
class BackwardScheduleTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static BackwardSchedule.Node node(MilestoneKind kind, String planned, String actual, int days) {
        return new BackwardSchedule.Node(UUID.randomUUID(), kind, kind.label(), d(planned), actual == null ? null : d(actual), days);
    }

    @Test
    void each_remaining_node_must_finish_by_the_latest_start_of_the_next_working_back_from_the_planned_end() {
        // planned end 2026-12-31; completion needs 30 days, construction 150, the permit 20
        var result = BackwardSchedule.of(d("2026-12-31"), d("2026-06-01"), List.of(
                node(MilestoneKind.PROJECT_APPROVAL, "2026-02-01", "2026-01-20", 30),
                node(MilestoneKind.CONSTRUCTION_PERMIT, "2026-06-15", null, 20),
                node(MilestoneKind.CONSTRUCTION, "2026-11-15", null, 150),
                node(MilestoneKind.COMPLETION, "2026-12-20", null, 30)));
        var completion = result.nodes().get(3);
        assertEquals(d("2026-12-31"), completion.latestFinish());
        assertEquals(d("2026-12-01"), completion.latestStart());          // 31 Dec − 30 days
        var construction = result.nodes().get(2);
        assertEquals(d("2026-12-01"), construction.latestFinish());
        assertEquals(d("2026-07-04"), construction.latestStart());        // 1 Dec − 150 days
        assertEquals(16, construction.slackDays());                        // planned 15 Nov, may slip to 1 Dec
        var permit = result.nodes().get(1);
        assertEquals(d("2026-07-04"), permit.latestFinish());
        assertEquals(d("2026-06-14"), permit.latestStart());
        assertEquals(19, permit.slackDays());
        assertTrue(result.nodes().get(0).done());
        assertNull(result.nodes().get(0).latestFinish());
        assertEquals(d("2026-06-14"), result.latestStartOfRemainingWork());
        assertFalse(result.behind());
    }

    @Test
    void a_node_is_late_once_today_passes_its_latest_finish() {
        var result = BackwardSchedule.of(d("2026-12-31"), d("2026-07-10"), List.of(
                node(MilestoneKind.CONSTRUCTION_PERMIT, "2026-06-15", null, 20),
                node(MilestoneKind.CONSTRUCTION, "2026-11-15", null, 150),
                node(MilestoneKind.COMPLETION, "2026-12-20", null, 30)));
        assertTrue(result.nodes().get(0).late());                          // latest finish was 4 Jul
        assertFalse(result.nodes().get(1).late());
        assertEquals(1, result.lateNodes());
        assertTrue(result.behind());
    }

    @Test
    void without_a_planned_end_nothing_is_worked_back_and_nothing_crashes() {
        var result = BackwardSchedule.of(null, d("2026-07-10"), List.of(node(MilestoneKind.TENDERING, "2026-06-15", null, 20)));
        assertNull(result.nodes().get(0).latestFinish());
        assertFalse(result.behind());
    }
}
