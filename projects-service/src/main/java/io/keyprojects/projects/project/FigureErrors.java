package io.keyprojects.projects.project;

import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects what is wrong with the figures of a sheet (land, demolition, funding) field by field, so the
 * client hears of every mistake at once in one 422 problem. Checked after the caller's right to write,
 * so a unit that may not write learns nothing about the figures.
 */
public final class FigureErrors {
    /** The columns hold NUMERIC(14, 2): larger or finer figures would be cut by the database without a word. */
    private static final BigDecimal LIMIT = new BigDecimal("999999999999.99");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FigureErrors required(String field, Object value) {
        if (value == null) {
            errors.putIfAbsent(field, "is required");
        }
        return this;
    }

    public FigureErrors nonNegative(String field, BigDecimal value) {
        if (value == null) {
            errors.putIfAbsent(field, "is required");
        } else if (value.signum() < 0) {
            errors.putIfAbsent(field, "must not be negative");
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.putIfAbsent(field, "at most two decimals");
        } else if (value.compareTo(LIMIT) > 0) {
            errors.putIfAbsent(field, "at most " + LIMIT.toPlainString());
        }
        return this;
    }

    public FigureErrors nonNegative(String field, Integer value) {
        return nonNegative(field, value == null ? null : BigDecimal.valueOf(value));
    }

    /** {@code part} ≤ {@code whole}, checked only when both are there and valid. */
    public FigureErrors atMost(String field, BigDecimal part, String wholeField, BigDecimal whole) {
        if (part != null && whole != null && part.signum() >= 0 && whole.signum() >= 0 && part.compareTo(whole) > 0) {
            errors.putIfAbsent(field, "must not exceed " + wholeField + " (" + whole.toPlainString() + ")");
        }
        return this;
    }

    public FigureErrors atMost(String field, Integer part, String wholeField, Integer whole) {
        return atMost(field, part == null ? null : BigDecimal.valueOf(part), wholeField, whole == null ? null : BigDecimal.valueOf(whole));
    }

    public FigureErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** 422 {@code invalid-figures} naming every wrong field, when there is one. */
    public void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            throw failure(what);
        }
    }

    /** The 422 {@code invalid-figures} problem naming the fields collected so far. */
    public ProblemException failure(String what) {
        return new ProblemException(Problem.of(422, "invalid-figures", "Invalid figures",
                "the " + what + " does not add up: see errors").withErrors(errors));
    }
}
