package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.period.AssessmentPeriod;
import java.time.LocalDate;

/** How often the schedule publishes (定期通报): each run publishes the last period that has ended. Pure. */
public enum BulletinCycle {
    MONTH, QUARTER, HALF_YEAR, YEAR;

    /** The last period of this cycle that ended before {@code today} (on 1 July: 2026-06, 2026-Q2, 2026-H1, 2025). */
    public AssessmentPeriod lastEndedBy(LocalDate today) {
        return switch (this) {
            case MONTH -> {
                LocalDate d = today.withDayOfMonth(1).minusMonths(1);
                yield AssessmentPeriod.parse("%d-%02d".formatted(d.getYear(), d.getMonthValue()));
            }
            case QUARTER -> {
                LocalDate d = today.withDayOfMonth(1).minusMonths(3);
                yield AssessmentPeriod.parse("%d-Q%d".formatted(d.getYear(), (d.getMonthValue() - 1) / 3 + 1));
            }
            case HALF_YEAR -> {
                LocalDate d = today.withDayOfMonth(1).minusMonths(6);
                yield AssessmentPeriod.parse("%d-H%d".formatted(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2));
            }
            case YEAR -> AssessmentPeriod.parse(Integer.toString(today.getYear() - 1));
        };
    }
}
