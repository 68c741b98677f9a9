package io.keyprojects.projects.time;

import io.keyprojects.platform.http.QueryParameters;
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
        LocalDate day = QueryParameters.read("asOf", asOf, "a date, YYYY-MM-DD", LocalDate::parse);
        return day == null ? today() : day;
    }

    public Instant now() {
        return clock.instant();
    }
}
