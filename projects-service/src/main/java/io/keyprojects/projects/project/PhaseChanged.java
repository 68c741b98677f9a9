package io.keyprojects.projects.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Data of the project-phase-changed event. */
public record PhaseChanged(UUID id, String code, String leadUnit, ProjectPhase from, ProjectPhase to,
                           LocalDate actualStart, LocalDate actualEnd, BigDecimal progressPercent, long version,
                           String changedBy, String reason) {
}
