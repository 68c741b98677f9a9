package io.keyprojects.assessment.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A figure by day, the last one reported on a day winning, asked for as of a day (the latest on or before it): a project's
 * cumulative completed investment (万元). It is the bulk of a province's facts — one entry per project and day reported,
 * hundreds of thousands — so it is two arrays in day order instead of a tree of entries and day objects: a copy of the
 * facts (one per batch of new events) copies arrays, and a snapshot reads straight into them.
 */
final class DailyFigures {
    private static final long[] NO_DAYS = {};
    private static final BigDecimal[] NO_VALUES = {};
    /** Epoch days, ascending, the first {@code size} used. */
    private long[] days = NO_DAYS;
    private BigDecimal[] values = NO_VALUES;
    private int size;

    /** The figure reported on {@code day}, replacing one reported earlier that day; reports arrive mostly in day order. */
    void put(LocalDate day, BigDecimal value) {
        long d = day.toEpochDay();
        int i = size == 0 || d > days[size - 1] ? -(size + 1) : Arrays.binarySearch(days, 0, size, d);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        int at = -(i + 1);
        if (size == days.length) {
            int capacity = Math.max(4, size + (size >> 1));
            days = Arrays.copyOf(days, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        System.arraycopy(days, at, days, at + 1, size - at);
        System.arraycopy(values, at, values, at + 1, size - at);
        days[at] = d;
        values[at] = value;
        size++;
    }

    /** The latest figure reported on or before {@code day}, null when none was. */
    BigDecimal asOf(LocalDate day) {
        long d = day.toEpochDay();
        if (size == 0 || d < days[0]) {
            return null;
        }
        if (d >= days[size - 1]) {
            return values[size - 1];
        }
        int i = Arrays.binarySearch(days, 0, size, d);
        return values[i >= 0 ? i : -(i + 1) - 1];
    }

    DailyFigures copy() {
        DailyFigures c = new DailyFigures();
        c.days = Arrays.copyOf(days, size);
        c.values = Arrays.copyOf(values, size);
        c.size = size;
        return c;
    }

    int size() {
        return size;
    }

    long epochDay(int i) {
        return days[i];
    }

    BigDecimal value(int i) {
        return values[i];
    }

    /** Room for {@code n} entries, so that a snapshot's read appends without growing. */
    void reserve(int n) {
        if (n > days.length) {
            days = Arrays.copyOf(days, n);
            values = Arrays.copyOf(values, n);
        }
    }

    /** Appends a later day's figure (a snapshot's read); {@link IllegalArgumentException} when not later: not what was written. */
    void append(long epochDay, BigDecimal value) {
        if (value == null || size > 0 && epochDay <= days[size - 1]) {
            throw new IllegalArgumentException("figures not in day order");
        }
        if (size == days.length) {
            reserve(Math.max(4, size + (size >> 1)));
        }
        days[size] = epochDay;
        values[size] = value;
        size++;
    }

    /** The same days with equal figures (scale included, as {@link BigDecimal#equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof DailyFigures f && size == f.size && Arrays.equals(days, 0, size, f.days, 0, size)
                && Arrays.equals(values, 0, size, f.values, 0, size);
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int i = 0; i < size; i++) {
            h = 31 * h + Long.hashCode(days[i]) * 17 + values[i].hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            s.append(i == 0 ? "" : ", ").append(LocalDate.ofEpochDay(days[i])).append('=').append(values[i]);
        }
        return s.append('}').toString();
    }
}
