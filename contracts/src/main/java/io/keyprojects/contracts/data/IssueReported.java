package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.issues.issue-reported.v1 — a blocker (问题/堵点) reported against a project. */
public record IssueReported(UUID id, UUID projectId, String category, String severity, String title,
                            String responsibleUnit, LocalDate dueDate, String status, String reportedBy,
                            UUID responsiblePerson) {

    /** A blocker that names nobody responsible (专人), only its unit. */
    public IssueReported(UUID id, UUID projectId, String category, String severity, String title,
                         String responsibleUnit, LocalDate dueDate, String status, String reportedBy) {
        this(id, projectId, category, severity, title, responsibleUnit, dueDate, status, reportedBy, null);
    }
}
