package io.keyprojects.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's county calendar: the zone from {@code kp.county.time-zone}; {@code kp.county.today}
 * (a date, for demonstrations only) makes the calendar start on that day, the clock running on from there.
 */
public class CountyCalendarProducer {
    @Produces
    @ApplicationScoped
    CountyCalendar countyCalendar(@ConfigProperty(name = "kp.county.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
                                  @ConfigProperty(name = "kp.county.today") Optional<LocalDate> today) {
        return new CountyCalendar(clock(zone, today.orElse(null)));
    }

    /** The system clock in {@code zone}, shifted by whole days so that today is {@code today} when given. */
    public static Clock clock(ZoneId zone, LocalDate today) {
        Clock system = Clock.system(zone);
        if (today == null) {
            return system;
        }
        return Clock.offset(system, Duration.ofDays(LocalDate.now(system).until(today, java.time.temporal.ChronoUnit.DAYS)));
    }
}
