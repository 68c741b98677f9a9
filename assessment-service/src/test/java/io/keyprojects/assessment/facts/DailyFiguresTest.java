package io.keyprojects.assessment.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A figure as of a day is the latest reported on or before it, the last report of a day winning: as a sorted map gives it. */
class DailyFiguresTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Property(tries = 300)
    void figures_as_of_any_day_are_what_a_sorted_map_of_the_reports_gives(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 90) Integer> reportDays, @ForAll long seed) {
        DailyFigures figures = new DailyFigures();
        TreeMap<LocalDate, BigDecimal> expected = new TreeMap<>();
        long n = seed;
        for (int d : reportDays) { // in any order, days repeated
            BigDecimal value = BigDecimal.valueOf(n++ % 100_000, (int) Math.floorMod(n, 3L));
            figures.put(START.plusDays(d), value);
            expected.put(START.plusDays(d), value);
        }
        DailyFigures copy = figures.copy();
        figures.put(START.plusDays(200), BigDecimal.ONE); // a copy is not changed by its original
        for (int d = -1; d <= 92; d++) {
            LocalDate day = START.plusDays(d);
            Map.Entry<LocalDate, BigDecimal> floor = expected.floorEntry(day);
            assertEquals(floor == null ? null : floor.getValue(), copy.asOf(day), day.toString());
        }
        assertEquals(expected.size(), copy.size());
        int i = 0;
        for (Map.Entry<LocalDate, BigDecimal> e : expected.entrySet()) {
            assertEquals(e.getKey().toEpochDay(), copy.epochDay(i));
            assertEquals(e.getValue(), copy.value(i++));
        }
    }

    @Test
    void a_read_appends_only_later_days_and_equality_counts_the_scale() {
        DailyFigures read = new DailyFigures();
        read.append(START.toEpochDay(), 150, 2);
        assertThrows(IllegalArgumentException.class, () -> read.append(START.toEpochDay(), 10, 0));
        assertThrows(IllegalArgumentException.class, () -> read.append(START.toEpochDay() + 1, null));
        DailyFigures put = new DailyFigures();
        put.put(START, new BigDecimal("1.5"));
        assertNotEquals(read, put);
        put.put(START, new BigDecimal("1.50"));
        assertEquals(read, put);
        assertEquals("1.50", put.asOf(START.plusDays(3)).toString());
        assertNull(put.asOf(START.minusDays(1)));
    }

    @Test
    void a_figure_whose_digits_need_more_than_a_long_is_kept_whole_among_the_others() {
        BigDecimal huge = new BigDecimal("123456789012345678901234567890.25");
        DailyFigures figures = new DailyFigures();
        figures.put(START.plusDays(2), BigDecimal.ONE);
        figures.put(START.plusDays(5), huge);
        figures.put(START, new BigDecimal("0.5")); // before both: the wide one moves along
        figures.put(START.plusDays(2), huge); // replaced by a wide one
        figures.put(START.plusDays(5), new BigDecimal("7.0")); // and back
        assertEquals(new BigDecimal("0.5"), figures.asOf(START.plusDays(1)));
        assertEquals(huge, figures.asOf(START.plusDays(4)));
        assertEquals(new BigDecimal("7.0"), figures.copy().asOf(START.plusDays(9)));
        DailyFigures read = new DailyFigures();
        read.append(START.toEpochDay(), 5, 1);
        read.append(START.plusDays(2).toEpochDay(), huge);
        read.append(START.plusDays(5).toEpochDay(), 70, 1);
        assertEquals(figures, read);
    }
}
