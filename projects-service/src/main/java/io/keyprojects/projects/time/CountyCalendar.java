package io.keyprojects.projects.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Today" as the county sees it (its time zone, {@code kp.county.time-zone}), and now as an instant. */
@ApplicationScoped
public class CountyCalendar {
    private final Clock clock;

    CountyCalendar(@ConfigProperty(name = "kp.county.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A client's {@code asOf} query value, or today; a malformed date is a 400 problem, not a 404. */
    public LocalDate dayOrToday(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (java.time.format.DateTimeParseException e) {
            throw io.keyprojects.platform.problem.ProblemException.badRequest("asOf must be a date (YYYY-MM-DD)",
                    java.util.Map.of("asOf", "a date, YYYY-MM-DD"));
        }
    }

    public Instant now() {
        return clock.instant();
    }
}
