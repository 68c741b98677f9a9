package io.keyprojects.contracts.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** county.projects.project-phase-changed.v1 — 前期 → 在建 → 完工, 停工, 取消. */
public record ProjectPhaseChanged(UUID id, String code, String leadUnit, String from, String to,
                                  LocalDate actualStart, LocalDate actualEnd, BigDecimal progressPercent,
                                  long version, String changedBy, String reason) {
}
