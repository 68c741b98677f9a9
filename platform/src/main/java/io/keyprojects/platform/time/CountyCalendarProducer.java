package io.keyprojects.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's county calendar: the system clock in the zone of {@code kp.county.time-zone}. */
public class CountyCalendarProducer {
    @Produces
    @ApplicationScoped
    CountyCalendar countyCalendar(@ConfigProperty(name = "kp.county.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return new CountyCalendar(Clock.system(zone));
    }
}
