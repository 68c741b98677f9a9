package io.keyprojects.issues.issue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.LocalDate;

/** {@code kp.issues.sla.*}: days to resolve a blocker, by severity (时限), and how the SLA job runs. */
@ConfigMapping(prefix = "kp.issues.sla")
public interface SlaPolicy {
    int low();

    int medium();

    int high();

    int critical();

    /** How often the SLA job looks for overdue blockers ("10m", "1h"; "off" disables the schedule). */
    @WithName("check-every")
    @WithDefault("10m")
    String checkEvery();

    /** Days past its deadline after which a blocker is escalated automatically (宽限期). */
    @WithName("escalate-after-days")
    @WithDefault("3")
    int escalateAfterDays();

    default LocalDate dueDate(IssueSeverity severity, LocalDate reportedOn) {
        int days = switch (severity) {
            case LOW -> low();
            case MEDIUM -> medium();
            case HIGH -> high();
            case CRITICAL -> critical();
        };
        return reportedOn.plusDays(days);
    }
}
