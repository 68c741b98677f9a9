package io.keyprojects.issues.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The service's one clock (UTC, as every date and instant on the wire). */
public class Clocks {
    @Produces
    @Singleton
    Clock utc() {
        return Clock.systemUTC();
    }
}
