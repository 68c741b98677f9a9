package io.keyprojects.projects.programme;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kp.programme.*}: the traffic-light thresholds of the programme view (configuration, not code). */
@ConfigMapping(prefix = "kp.programme")
public interface ProgrammeSettings {
    /** Points behind time-proportional progress (序时进度) from which a project is yellow. */
    @WithDefault("10")
    double lagYellowPoints();

    /** Points behind from which it is red. */
    @WithDefault("30")
    double lagRedPoints();

    /** SPI / SPI(t) from which a project is green. */
    @WithDefault("0.95")
    double spiGreen();

    /** SPI / SPI(t) from which it is yellow (red below). */
    @WithDefault("0.90")
    double spiYellow();

    /** Months after the planned start from which a project not yet started is red (yellow before). */
    @WithDefault("3")
    int notStartedRedAfterMonths();

    default ScheduleIndicators.Thresholds thresholds() {
        return new ScheduleIndicators.Thresholds(lagYellowPoints(), lagRedPoints(), spiGreen(), spiYellow(), notStartedRedAfterMonths());
    }
}
