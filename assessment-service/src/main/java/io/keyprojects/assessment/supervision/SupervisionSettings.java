package io.keyprojects.assessment.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kp.supervision.*}. */
@ConfigMapping(prefix = "kp.supervision")
public interface SupervisionSettings {
    /** Reminders (催办) start this many days before an order's deadline and continue daily until it is closed. */
    @WithDefault("3")
    int remindDaysBefore();

    /** How often the reminder job runs ({@code off} disables it; read by {@code Reminders}' schedule). */
    @WithDefault("1h")
    String reminderEvery();

    /** How long after start the reminder job first runs. */
    @WithDefault("1m")
    String reminderDelay();
}
