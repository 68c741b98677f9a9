package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.issues.issue-overdue.v1 — a blocker passed its deadline (超期); sent once per issue and deadline. */
public record IssueOverdue(UUID id, UUID projectId, String category, String severity, String responsibleUnit,
                           String status, LocalDate dueDate, LocalDate detectedOn, long daysOverdue) {
}
