package io.keyprojects.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The application's county calendar: the system clock in the zone of {@code kp.county.time-zone}; on the demo
 * stack ({@code kp.county.demo-date}, set by {@code make up}) the same clock shifted to the demo's day.
 */
public class CountyCalendarProducer {
    private static final Logger LOG = Logger.getLogger(CountyCalendarProducer.class);

    @Produces
    @ApplicationScoped
    CountyCalendar countyCalendar(@ConfigProperty(name = "kp.county.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
                                  @ConfigProperty(name = "kp.county.demo-date") Optional<LocalDate> demoDate) {
        Clock real = Clock.system(zone);
        if (demoDate.isEmpty()) {
            return new CountyCalendar(real);
        }
        LOG.warnf("the county calendar is shifted to the demo day %s (kp.county.demo-date): every \"today\" of this "
                + "service is that day; never set it in production", demoDate.get());
        return CountyCalendar.shiftedTo(demoDate.get(), real);
    }
}
