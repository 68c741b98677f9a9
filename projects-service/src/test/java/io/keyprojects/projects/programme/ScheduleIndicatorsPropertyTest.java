package io.keyprojects.projects.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.projects.programme.ScheduleIndicators.Indicators;
import io.keyprojects.projects.programme.ScheduleIndicators.Light;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The earned-value maths of 时间过半，任务过半, as properties over many generated projects. */
class ScheduleIndicatorsPropertyTest {
    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private final ScheduleIndicators indicators = new ScheduleIndicators(ScheduleIndicators.Thresholds.DEFAULT);

    /** A project whose window starts {@code offset} days after 1 Jan 2026 and lasts {@code days}. */
    record Window(int offset, int days) {
        LocalDate start() {
            return BASE.plusDays(offset);
        }

        LocalDate end() {
            return start().plusDays(days);
        }
    }

    @Provide
    Arbitrary<Window> windows() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(30, 900)).as(Window::new);
    }

    private static ScheduleIndicators.Project started(Window w, double percent, double weight) {
        return new ScheduleIndicators.Project(w.start(), w.end(), w.start(), null, true, percent, weight);
    }

    @Property
    void spi_and_spi_t_are_one_on_plan(@ForAll("windows") Window w, @ForAll @IntRange(min = 1, max = 1000) int elapsed,
                                       @ForAll @DoubleRange(min = 1, max = 100000) double weight) {
        int day = Math.min(elapsed, w.days());
        double onPlan = 100.0 * day / w.days();
        Indicators i = indicators.of(started(w, onPlan, weight), w.start().plusDays(day));
        assertEquals(1.0, i.spi(), 1e-9);
        assertEquals(1.0, i.spiT(), 1e-9);
        assertEquals(0.0, i.lagPoints(), 1e-9);
        assertEquals(Light.GREEN, i.light());
    }

    @Property
    void behind_plan_means_spi_and_spi_t_below_one(@ForAll("windows") Window w, @ForAll @IntRange(min = 1, max = 1000) int elapsed,
                                                   @ForAll @DoubleRange(min = 0.01, max = 0.99) double fraction) {
        int day = Math.min(elapsed, w.days());
        double behind = 100.0 * day / w.days() * fraction;
        Indicators i = indicators.of(started(w, behind, 1000), w.start().plusDays(day));
        assertTrue(i.spi() < 1, "SPI " + i.spi());
        assertTrue(i.spiT() < 1, "SPI(t) " + i.spiT());
        assertTrue(i.lagPoints() > 0);
    }

    @Property
    void before_the_planned_start_spi_is_undefined_not_a_crash(@ForAll("windows") Window w,
                                                               @ForAll @IntRange(min = 0, max = 400) int daysBefore,
                                                               @ForAll @DoubleRange(min = 0, max = 100) double percent) {
        Indicators i = indicators.of(started(w, percent, 500), w.start().minusDays(daysBefore));
        assertNull(i.spi());
        assertNull(i.spiT());
        assertEquals(0.0, i.plannedPercent());
    }

    @Property
    void after_the_planned_end_spi_t_keeps_saying_late_when_spi_drifts_back_to_one(@ForAll("windows") Window w,
                                                                                  @ForAll @IntRange(min = 1, max = 365) int daysLate) {
        // done 100% but only now, daysLate after the planned end
        Indicators i = indicators.of(started(w, 100, 1000), w.end().plusDays(daysLate));
        assertEquals(1.0, i.spi(), 1e-9);
        assertTrue(i.spiT() < 1);
    }

    @Property
    void totals_sum_values_before_dividing(@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 100) Double> percents,
                                           @ForAll("windows") Window w, @ForAll @IntRange(min = 1, max = 900) int elapsed) {
        LocalDate today = w.start().plusDays(Math.min(elapsed, w.days()));
        List<Indicators> all = new ArrayList<>();
        double pv = 0;
        double ev = 0;
        for (int k = 0; k < percents.size(); k++) {
            double weight = 100 * (k + 1);
            Indicators i = indicators.of(started(w, percents.get(k), weight), today);
            all.add(i);
            pv += i.pv();
            ev += i.ev();
        }
        var totals = indicators.total(all);
        assertEquals(ev / pv, totals.spi(), 1e-9);
        double min = all.stream().mapToDouble(Indicators::spi).min().orElseThrow();
        double max = all.stream().mapToDouble(Indicators::spi).max().orElseThrow();
        assertTrue(totals.spi() >= min - 1e-9 && totals.spi() <= max + 1e-9, "a weighted total lies between its parts");
    }

    @Property
    void totals_do_not_depend_on_the_unit_of_money(@ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = 0, max = 100) Double> percents,
                                                   @ForAll("windows") Window w, @ForAll @DoubleRange(min = 0.01, max = 1000) double scale) {
        LocalDate today = w.start().plusDays(w.days() / 2 + 1);
        List<Indicators> a = new ArrayList<>();
        List<Indicators> b = new ArrayList<>();
        for (int k = 0; k < percents.size(); k++) {
            a.add(indicators.of(started(w, percents.get(k), 10.0 * (k + 1)), today));
            b.add(indicators.of(started(w, percents.get(k), 10.0 * (k + 1) * scale), today));
        }
        assertEquals(indicators.total(a).spi(), indicators.total(b).spi(), 1e-9);
        assertEquals(indicators.total(a).spiT(), indicators.total(b).spiT(), 1e-9);
    }

    @Property
    void the_lag_light_follows_the_configured_points(@ForAll @DoubleRange(min = -100, max = 100) double lag) {
        Light light = indicators.lagLight(lag);
        assertEquals(lag >= 30 ? Light.RED : lag >= 10 ? Light.YELLOW : Light.GREEN, light);
    }

    @Property
    void the_spi_light_follows_the_configured_ratios(@ForAll @DoubleRange(min = 0, max = 2) double spi) {
        assertEquals(spi >= 0.95 ? Light.GREEN : spi >= 0.90 ? Light.YELLOW : Light.RED, indicators.spiLight(spi));
    }

    @Property
    void a_project_not_started_by_its_planned_start_is_yellow_then_red_after_three_months(
            @ForAll("windows") Window w, @ForAll @IntRange(min = 1, max = 400) int daysLate) {
        var notStarted = new ScheduleIndicators.Project(w.start(), w.end(), null, null, false, 0, 1000.0);
        LocalDate today = w.start().plusDays(daysLate);
        Indicators i = indicators.of(notStarted, today);
        assertTrue(i.notStartedOnTime());
        assertEquals(today.isBefore(w.start().plusMonths(3)) ? Light.YELLOW : Light.RED, i.startLight());
        assertTrue(i.light().compareTo(i.startLight()) >= 0, "the overall light is at least the start light");
    }

    @Property
    void a_project_without_a_plan_or_budget_gets_no_ratio_and_counts_in_no_total(@ForAll @DoubleRange(min = 0, max = 100) double percent) {
        var unplanned = new ScheduleIndicators.Project(null, null, null, null, true, percent, null);
        Indicators i = indicators.of(unplanned, BASE);
        assertNull(i.spi());
        assertNull(i.plannedPercent());
        var totals = indicators.total(List.of(i));
        assertNull(totals.spi());
        assertEquals(0.0, totals.weight());
        assertNotNull(ScheduleIndicators.worst(i.lagLight(), i.spiLight(), i.startLight()));
    }
}
