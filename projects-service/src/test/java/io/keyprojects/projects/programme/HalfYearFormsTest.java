package io.keyprojects.projects.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.keyprojects.projects.programme.HalfYearForms.Form;
import io.keyprojects.projects.programme.HalfYearForms.Standing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalfYearFormsTest {
    private final ScheduleIndicators indicators = new ScheduleIndicators(ScheduleIndicators.Thresholds.DEFAULT);
    private final HalfYearForms forms = new HalfYearForms(indicators);

    private Standing project(String plan, String invested, int due, int done) {
        var schedule = indicators.of(new ScheduleIndicators.Project(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-01-01"), null, true, 50, Double.valueOf(plan)), LocalDate.parse("2026-06-30"));
        return new Standing(new BigDecimal(plan), new BigDecimal(invested), due, done, done, schedule);
    }

    private static Form form(HalfYearForms.HalfYear h, String key) {
        return h.forms().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void the_share_of_the_year_gone_counts_the_day_itself_and_stops_at_the_years_ends() {
        assertEquals(181.0 / 365, HalfYearForms.yearElapsed(2026, LocalDate.parse("2026-06-30")), 1e-12);
        assertEquals(182.0 / 366, HalfYearForms.yearElapsed(2028, LocalDate.parse("2028-06-30")), 1e-12);
        assertEquals(0, HalfYearForms.yearElapsed(2026, LocalDate.parse("2025-12-31")));
        assertEquals(1, HalfYearForms.yearElapsed(2026, LocalDate.parse("2027-01-01")));
        assertEquals(1, HalfYearForms.yearElapsed(2026, LocalDate.parse("2026-12-31")));
    }

    @Test
    void investment_totals_sum_first_and_divide_once_rather_than_average_the_projects() {
        // 900 of 1000 and 0 of 9000: 9% done, not the 45% an average of 90% and 0% would say
        var h = forms.of(2026, LocalDate.parse("2026-06-30"), List.of(project("1000", "900", 0, 0), project("9000", "0", 0, 0)));
        Form investment = form(h, HalfYearForms.INVESTMENT);
        assertEquals(9.0, investment.donePercent());
        assertEquals(49.6, investment.duePercent());
        assertEquals(40.6, investment.gapPoints());
        assertEquals(false, investment.met());
        assertEquals(ScheduleIndicators.Light.RED, investment.light());
        assertEquals(new BigDecimal("900.00"), investment.completedInvestment());
    }

    @Test
    void a_project_without_a_plan_for_the_year_counts_in_no_investment_total() {
        var none = new Standing(null, new BigDecimal("500"), 0, 0, 0, project("1000", "0", 0, 0).schedule());
        var h = forms.of(2026, LocalDate.parse("2026-06-30"), List.of(none, project("1000", "600", 0, 0)));
        assertEquals(60.0, form(h, HalfYearForms.INVESTMENT).donePercent());
        assertEquals(true, form(h, HalfYearForms.INVESTMENT).met());
    }

    @Test
    void with_no_node_due_the_node_form_measures_nothing_and_is_not_a_failure() {
        var h = forms.of(2026, LocalDate.parse("2026-06-30"), List.of(project("1000", "600", 0, 0)));
        Form nodes = form(h, HalfYearForms.TIME_NODES);
        assertNull(nodes.donePercent());
        assertNull(nodes.met());
        assertNull(nodes.light());
        assertEquals(0, nodes.nodesDue());
        var some = forms.of(2026, LocalDate.parse("2026-06-30"), List.of(project("1000", "600", 4, 3), project("1000", "600", 1, 1)));
        assertEquals(80.0, form(some, HalfYearForms.TIME_NODES).donePercent());
        assertEquals(ScheduleIndicators.Light.YELLOW, form(some, HalfYearForms.TIME_NODES).light());
    }
}
