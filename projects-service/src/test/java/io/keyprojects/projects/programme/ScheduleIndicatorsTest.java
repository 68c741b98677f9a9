package io.keyprojects.projects.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.projects.programme.ScheduleIndicators.Light;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicators against a hand calculation. */
class ScheduleIndicatorsTest {
    private final ScheduleIndicators indicators = new ScheduleIndicators(ScheduleIndicators.Thresholds.DEFAULT);

    @Test
    void half_the_time_gone_and_a_third_of_the_work_done_by_hand() {
        // window 1 Jan → 31 Dec 2026 (364 days); 1 Jul is day 181: planned 181/364 = 49.73%
        var p = new ScheduleIndicators.Project(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-01-05"), null, true, 33.0, 6000.0);
        var i = indicators.of(p, LocalDate.parse("2026-07-01"));
        assertEquals(49.725, i.plannedPercent(), 0.001);
        assertEquals(16.725, i.lagPoints(), 0.001);                 // yellow: 10 ≤ lag < 30
        assertEquals(Light.YELLOW, i.lagLight());
        assertEquals(6000 * 181 / 364.0, i.pv(), 1e-6);             // PV = 2983.52 万元
        assertEquals(1980.0, i.ev(), 1e-6);                          // EV = 6000 × 33%
        assertEquals(0.6636, i.spi(), 0.0001);                       // 1980 / 2983.52
        assertEquals(0.6636, i.spiT(), 0.0001);                      // ES = 364 × 0.33 = 120.12 days; AT = 181
        assertEquals(Light.RED, i.spiLight());
        assertEquals(Light.RED, i.light());
    }

    @Test
    void programme_totals_weigh_by_investment_and_do_not_average_ratios() {
        var today = LocalDate.parse("2026-07-01");
        var big = indicators.of(new ScheduleIndicators.Project(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-01-01"), null, true, 49.725274725, 9000.0), today);   // on plan, SPI 1
        var small = indicators.of(new ScheduleIndicators.Project(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-01-01"), null, true, 0, 900.0), today);               // nothing done, SPI 0
        var totals = indicators.total(List.of(big, small));
        assertEquals(9000 / 9900.0, totals.spi(), 1e-6);             // (9000·s + 0) / (9900·s) = 0.909, not (1 + 0) / 2
        assertEquals(9000 / 9900.0, totals.spiT(), 1e-6);
        assertEquals(Light.YELLOW, totals.spiLight());
    }
}
