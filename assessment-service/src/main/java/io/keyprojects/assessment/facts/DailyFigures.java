package io.keyprojects.assessment.facts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A figure by day, the last one reported on a day winning, asked for as of a day (the latest on or before it): a project's
 * cumulative completed investment (万元). It is the bulk of a province's facts — one entry per project and day reported,
 * hundreds of thousands — so it holds no object per entry: epoch days, unscaled values and scales in arrays, in day order
 * (a value whose digits need more than a long, which no form of the registry makes, is kept whole beside them). A copy of
 * the facts copies arrays, a snapshot reads straight into them, and the collector has next to nothing to trace.
 */
final class DailyFigures {
    private static final int FIRST_CAPACITY = 4;
    // shared while empty: every write reserves (new arrays) first
    private static final long[] NO_LONGS = {};
    private static final int[] NO_INTS = {};
    private long[] days = NO_LONGS;
    private long[] unscaled = NO_LONGS;
    private int[] scales = NO_INTS;
    /** Null until a value needs it; then the values that do not fit {@link #unscaled}, null where they do. */
    private BigDecimal[] wide;
    private int size;

    /** The figure reported on {@code day}, replacing one reported earlier that day; reports arrive mostly in day order. */
    void put(LocalDate day, BigDecimal value) {
        long d = day.toEpochDay();
        int i = size == 0 || d > days[size - 1] ? -(size + 1) : Arrays.binarySearch(days, 0, size, d);
        if (i < 0) {
            i = -(i + 1);
            insertAt(i, d);
        }
        BigInteger digits = value.unscaledValue();
        if (digits.bitLength() < 64) {
            unscaled[i] = digits.longValue();
            scales[i] = value.scale();
            if (wide != null) {
                wide[i] = null;
            }
        } else {
            if (wide == null) {
                wide = new BigDecimal[days.length];
            }
            wide[i] = value;
        }
    }

    private void insertAt(int at, long day) {
        if (size == days.length) {
            reserve(Math.max(FIRST_CAPACITY, size + (size >> 1)));
        }
        System.arraycopy(days, at, days, at + 1, size - at);
        System.arraycopy(unscaled, at, unscaled, at + 1, size - at);
        System.arraycopy(scales, at, scales, at + 1, size - at);
        if (wide != null) {
            System.arraycopy(wide, at, wide, at + 1, size - at);
            wide[at] = null;
        }
        days[at] = day;
        size++;
    }

    /** The latest figure reported on or before {@code day}, null when none was. */
    BigDecimal asOf(LocalDate day) {
        long d = day.toEpochDay();
        if (size == 0 || d < days[0]) {
            return null;
        }
        if (d >= days[size - 1]) {
            return value(size - 1);
        }
        int i = Arrays.binarySearch(days, 0, size, d);
        return value(i >= 0 ? i : -(i + 1) - 1);
    }

    DailyFigures copy() {
        DailyFigures c = new DailyFigures();
        c.days = Arrays.copyOf(days, size);
        c.unscaled = Arrays.copyOf(unscaled, size);
        c.scales = Arrays.copyOf(scales, size);
        c.wide = wide == null ? null : Arrays.copyOf(wide, size);
        c.size = size;
        return c;
    }

    int size() {
        return size;
    }

    long epochDay(int i) {
        return days[i];
    }

    /** The figure of the {@code i}-th day, as it was reported (same digits, same scale). */
    BigDecimal value(int i) {
        return isWide(i) ? wide[i] : BigDecimal.valueOf(unscaled[i], scales[i]);
    }

    boolean isWide(int i) {
        return wide != null && wide[i] != null;
    }

    long unscaled(int i) {
        return unscaled[i];
    }

    int scale(int i) {
        return scales[i];
    }

    /** Room for {@code n} entries, so that a snapshot's read appends without growing. */
    void reserve(int n) {
        if (n > days.length) {
            days = Arrays.copyOf(days, n);
            unscaled = Arrays.copyOf(unscaled, n);
            scales = Arrays.copyOf(scales, n);
            if (wide != null) {
                wide = Arrays.copyOf(wide, n);
            }
        }
    }

    /** Appends a later day's figure (a snapshot's read); {@link IllegalArgumentException} when not later: not what was written. */
    void append(long epochDay, long unscaledValue, int scale) {
        int i = appended(epochDay);
        unscaled[i] = unscaledValue;
        scales[i] = scale;
    }

    /** {@link #append(long, long, int)} for a value whose digits need more than a long. */
    void append(long epochDay, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("a day without its figure");
        }
        int i = appended(epochDay);
        if (wide == null) {
            wide = new BigDecimal[days.length];
        }
        wide[i] = value;
    }

    private int appended(long epochDay) {
        if (size > 0 && epochDay <= days[size - 1]) {
            throw new IllegalArgumentException("figures not in day order");
        }
        if (size == days.length) {
            reserve(Math.max(FIRST_CAPACITY, size + (size >> 1)));
        }
        days[size] = epochDay;
        return size++;
    }

    /** The same days with equal figures (scale included, as {@link BigDecimal#equals}). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DailyFigures f) || size != f.size || !Arrays.equals(days, 0, size, f.days, 0, size)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!value(i).equals(f.value(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int i = 0; i < size; i++) {
            h = 31 * h + Long.hashCode(days[i]) * 17 + value(i).hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            s.append(i == 0 ? "" : ", ").append(LocalDate.ofEpochDay(days[i])).append('=').append(value(i));
        }
        return s.append('}').toString();
    }
}
