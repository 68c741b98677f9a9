package io.keyprojects.assessment.period;

import io.keyprojects.platform.http.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment period as people write it: {@code 2026} (year), {@code 2026-H1} (half),
 * {@code 2026-Q3} (quarter) or {@code 2026-07} (month). Inclusive first day, exclusive end.
 */
public record AssessmentPeriod(String label, LocalDate start, LocalDate end) {
    public static final String FORMS = "a period: 2026, 2026-H1, 2026-Q3 or 2026-07";
    private static final Pattern FORM = Pattern.compile("^(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$");

    public static AssessmentPeriod parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a period is written 2026, 2026-H1, 2026-Q3 or 2026-07");
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return new AssessmentPeriod(m.group(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        LocalDate first = switch (part.charAt(0)) {
            case 'H' -> LocalDate.of(year, part.charAt(1) == '1' ? 1 : 7, 1);
            case 'Q' -> LocalDate.of(year, (part.charAt(1) - '1') * 3 + 1, 1);
            default -> YearMonth.of(year, Integer.parseInt(part)).atDay(1);
        };
        int months = switch (part.charAt(0)) {
            case 'H' -> 6;
            case 'Q' -> 3;
            default -> 1;
        };
        return new AssessmentPeriod(m.group(), first, first.plusMonths(months));
    }

    /** The {@code period} query parameter of every endpoint that takes one: a missing or malformed one is a 400 naming it. */
    public static AssessmentPeriod fromQuery(String text) {
        if (text == null || text.isBlank()) {
            throw QueryParameters.malformed("period", FORMS);
        }
        return QueryParameters.read("period", text, FORMS, AssessmentPeriod::parse);
    }

    public int year() {
        return start.getYear();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
