package io.keyprojects.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountyCalendarTest {
    private static CountyCalendar at(String instant) {
        return CountyCalendar.fixedAt(Instant.parse(instant), CountyCalendar.DEFAULT_ZONE);
    }

    @Test
    void at_half_past_midnight_in_the_county_today_is_the_county_day_though_utc_has_the_day_before() {
        CountyCalendar calendar = at("2026-06-30T16:30:00Z"); // 2026-07-01 00:30 in the county
        assertEquals(LocalDate.parse("2026-07-01"), calendar.today());
        assertEquals(LocalDate.parse("2026-07-01"), calendar.dayOf(calendar.now()));
    }

    @Test
    void at_half_past_eleven_at_night_in_the_county_today_is_still_that_day() {
        assertEquals(LocalDate.parse("2026-06-30"), at("2026-06-30T15:30:00Z").today()); // 23:30 in the county
    }

    @Test
    void the_year_turns_at_the_county_midnight() {
        assertEquals(2027, at("2026-12-31T16:30:00Z").year()); // 2027-01-01 00:30 in the county
        assertEquals(2026, at("2026-12-31T15:30:00Z").year()); // 2026-12-31 23:30 in the county
    }

    @Test
    void a_county_day_begins_at_the_county_midnight() {
        assertEquals(Instant.parse("2026-06-30T16:00:00Z"), at("2026-07-01T00:00:00Z").startOf(LocalDate.parse("2026-07-01")));
    }

    @Test
    void a_clients_as_of_day_is_parsed_and_a_malformed_one_is_a_problem() {
        CountyCalendar calendar = at("2026-06-30T16:30:00Z");
        assertEquals(LocalDate.parse("2026-07-01"), calendar.dayOrToday(null));
        assertEquals(LocalDate.parse("2026-03-01"), calendar.dayOrToday("2026-03-01"));
        assertThrows(ProblemException.class, () -> calendar.dayOrToday("1 March"));
    }

    @Test
    void the_demo_calendar_lives_on_the_demo_day_while_its_time_of_day_runs_on() {
        Clock real = Clock.fixed(Instant.parse("2026-11-27T02:15:00Z"), CountyCalendar.DEFAULT_ZONE); // 10:15 in the county
        CountyCalendar demo = CountyCalendar.shiftedTo(LocalDate.parse("2026-06-30"), real);
        assertEquals(LocalDate.parse("2026-06-30"), demo.today());
        assertEquals(Instant.parse("2026-06-30T02:15:00Z"), demo.now());
        assertEquals(LocalDate.parse("2027-06-30"),
                CountyCalendar.shiftedTo(LocalDate.parse("2027-06-30"), real).today()); // a later day too
    }

    @Test
    void a_county_instant_of_the_demo_reads_as_the_real_instant_the_database_stamps_and_unshifted_calendars_leave_it_alone() {
        Clock real = Clock.fixed(Instant.parse("2026-11-27T02:15:00Z"), CountyCalendar.DEFAULT_ZONE);
        CountyCalendar demo = CountyCalendar.shiftedTo(LocalDate.parse("2026-06-30"), real);
        assertEquals(real.instant(), demo.realInstantOf(demo.now()), "the demo's now is the real now");
        Instant anyInstant = Instant.parse("2026-06-01T00:00:00Z");
        assertEquals(anyInstant, new CountyCalendar(real).realInstantOf(anyInstant));
        assertEquals(anyInstant, CountyCalendar.fixedAt(Instant.parse("2026-06-30T00:00:00Z"), CountyCalendar.DEFAULT_ZONE).realInstantOf(anyInstant));
    }
}
