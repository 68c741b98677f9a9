package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.issues.issue-resolved.v1 — a blocker was resolved (已解决); withinSla when on or before its deadline. */
public record IssueResolved(UUID id, UUID projectId, String category, String responsibleUnit, String resolution,
                            LocalDate dueDate, LocalDate resolvedOn, boolean withinSla, String resolvedBy) {
}
