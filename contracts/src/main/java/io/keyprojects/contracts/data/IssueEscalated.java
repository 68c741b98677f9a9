package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.issues.issue-escalated.v1 — a blocker went up to HQ (上报指挥部); automatic when the SLA job did it. */
public record IssueEscalated(UUID id, UUID projectId, String responsibleUnit, String from, LocalDate dueDate,
                             boolean automatic, String escalatedBy, String reason) {
}
