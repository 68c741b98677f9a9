package io.keyprojects.platform.time;

import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The county's calendar: every "today", deadline, SLA, period and dashboard year is a day as the county
 * sees it (its time zone), never a UTC day — a blocker resolved at 07:30 in the county is resolved that
 * day, although UTC still has the day before. Plain class on a {@link Clock}, so tests control time;
 * the application's one instance comes from {@link CountyCalendarProducer}.
 */
public class CountyCalendar {
    /** The county's zone unless {@code kp.county.time-zone} says otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    /** How far this calendar runs ahead of the real clock: zero but for the demo's {@link #shiftedTo}. */
    private final Duration shift;

    public CountyCalendar(Clock clock) {
        this(clock, Duration.ZERO);
    }

    private CountyCalendar(Clock clock, Duration shift) {
        this.clock = clock;
        this.shift = shift;
    }

    /** Needed by the CDI client proxy only. */
    protected CountyCalendar() {
        this(Clock.system(DEFAULT_ZONE));
    }

    /**
     * A running calendar whose today is {@code day}: the real clock shifted by whole days, so the time of day
     * and the passing of time stay real. Only for the demo, which lives on the speech's day whatever day
     * it is started; never in production.
     */
    public static CountyCalendar shiftedTo(LocalDate day, Clock real) {
        long days = day.toEpochDay() - LocalDate.now(real).toEpochDay();
        Duration shift = Duration.ofDays(days);
        return new CountyCalendar(Clock.offset(real, shift), shift);
    }

    /** A calendar stopped at {@code instant}, for tests and replays. */
    public static CountyCalendar fixedAt(Instant instant, ZoneId zone) {
        return new CountyCalendar(Clock.fixed(instant, zone));
    }

    /**
     * The real instant at which this calendar reads {@code countyInstant}: itself but in the demo, whose calendar is
     * shifted by whole days. For comparing a county instant with stamps the database's real clock wrote.
     */
    public Instant realInstantOf(Instant countyInstant) {
        return countyInstant.minus(shift);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The programme year today falls in (the default of every "year" a dashboard shows). */
    public int year() {
        return today().getYear();
    }

    /** The county day {@code instant} falls on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** The instant the county day begins (midnight county time). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** A client's {@code asOf} query value, or today; a malformed date is a 400 problem, not a 404. */
    public LocalDate dayOrToday(String asOf) {
        LocalDate day = QueryParameters.read("asOf", asOf, "a date, YYYY-MM-DD", LocalDate::parse);
        return day == null ? today() : day;
    }
}
