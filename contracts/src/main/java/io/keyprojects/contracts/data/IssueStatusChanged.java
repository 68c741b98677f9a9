package io.keyprojects.contracts.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * county.issues.issue-status-changed.v1 — a blocker moved in its workflow (OPEN → ACKNOWLEDGED → IN_COORDINATION
 * → RESOLVED → CLOSED, ESCALATED, LEGAL_PROCEDURE); sent for every move, by a person or by the SLA job ("system").
 */
public record IssueStatusChanged(UUID id, UUID projectId, String responsibleUnit, String from, String to,
                                 String comment, LocalDate dueDate, long version, String changedBy, Instant changedAt) {
}
