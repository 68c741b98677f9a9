package io.keyprojects.issues.issue;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;

/** {@code kp.issues.sla.*}: days to resolve a blocker, by severity (时限). */
@ConfigMapping(prefix = "kp.issues.sla")
public interface SlaPolicy {
    int low();

    int medium();

    int high();

    int critical();

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
