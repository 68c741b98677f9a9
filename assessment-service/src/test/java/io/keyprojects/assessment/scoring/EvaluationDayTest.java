package io.keyprojects.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.time.CountyCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day a score is evaluated on, and the period a moment falls in, are county days (Asia/Shanghai here). */
class EvaluationDayTest {
    private static final AssessmentPeriod FIRST_HALF = AssessmentPeriod.parse("2026-H1");
    private static final AssessmentPeriod SECOND_HALF = AssessmentPeriod.parse("2026-H2");

    @Test
    void at_half_past_eleven_on_30_june_the_first_half_is_evaluated_on_its_last_day() {
        CountyCalendar calendar = CountyCalendar.fixedAt(Instant.parse("2026-06-30T15:30:00Z"), CountyCalendar.DEFAULT_ZONE);
        assertEquals(LocalDate.parse("2026-06-30"), Evaluation.evaluationDate(FIRST_HALF, calendar.now(), calendar.zone()));
        assertTrue(FIRST_HALF.contains(calendar.today()));
        assertFalse(SECOND_HALF.contains(calendar.today()));
    }

    @Test
    void at_half_past_midnight_on_1_july_the_second_half_has_begun_though_utc_still_says_30_june() {
        CountyCalendar calendar = CountyCalendar.fixedAt(Instant.parse("2026-06-30T16:30:00Z"), CountyCalendar.DEFAULT_ZONE);
        assertEquals(LocalDate.parse("2026-07-01"), Evaluation.evaluationDate(SECOND_HALF, calendar.now(), calendar.zone()));
        assertTrue(SECOND_HALF.contains(calendar.today()));
        assertEquals(LocalDate.parse("2026-06-30"), Evaluation.evaluationDate(FIRST_HALF, calendar.now(), calendar.zone()),
                "the first half, asked after it ended, is judged on its last day");
    }
}
