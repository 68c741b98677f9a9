package io.keyprojects.assessment.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kp.supervision.*}. */
@ConfigMapping(prefix = "kp.supervision")
public interface SupervisionSettings {
    /** Reminders (催办) start this many days before an order's deadline and continue daily until it is closed. */
    @WithDefault("3")
    int remindDaysBefore();
}
