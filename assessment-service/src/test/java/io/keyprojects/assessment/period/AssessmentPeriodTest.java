package io.keyprojects.assessment.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026,    2026-01-01, 2027-01-01",
            "2026-H1, 2026-01-01, 2026-07-01",
            "2026-H2, 2026-07-01, 2027-01-01",
            "2026-Q3, 2026-07-01, 2026-10-01",
            "2026-Q4, 2026-10-01, 2027-01-01",
            "2026-07, 2026-07-01, 2026-08-01",
            "2026-12, 2026-12-01, 2027-01-01"})
    void periods_are_written_as_people_write_them(String text, LocalDate start, LocalDate end) {
        var period = AssessmentPeriod.parse(text);
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertTrue(period.contains(start));
        assertTrue(!period.contains(end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-H3", "2026-Q0", "2026-13", "2026-7", "2026-01-01", "'; drop table x"})
    void anything_else_is_refused(String text) {
        assertThrows(IllegalArgumentException.class, () -> AssessmentPeriod.parse(text));
    }
}
