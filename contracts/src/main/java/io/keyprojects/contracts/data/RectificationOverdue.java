package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.assessment.rectification-overdue.v1 — a supervision order passed its deadline unclosed (逾期); subject = order id. */
public record RectificationOverdue(UUID id, String responsibleUnit, LocalDate deadline, String status) {
}
