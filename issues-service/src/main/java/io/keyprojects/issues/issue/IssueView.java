package io.keyprojects.issues.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A blocker as clients see it; {@code overdue} is computed for today (the county's day). */
public record IssueView(UUID id, UUID projectId, IssueCategory category, IssueSeverity severity, String title,
                        @Schema(nullable = true) String description, String reportedBy, String responsibleUnit,
                        @Schema(nullable = true, description = "专人 (GET /api/people/{id})") UUID responsiblePerson, LocalDate dueDate,
                        IssueStatus status, @Schema(nullable = true) String resolution, boolean overdue, boolean flaggedForReview,
                        @Schema(nullable = true) String reviewReason,
                        @Schema(nullable = true, description = "the holdout household's legal case (依法处理) this blocker names: "
                                + "GET /api/projects/{projectId}/demolition/cases") UUID legalCaseId,
                        @Schema(description = "this blocker is about its project's funding gap: GET /api/projects/{projectId}/funding") boolean fundingGapLinked,
                        long version, Instant createdAt,
                        @Schema(nullable = true) Instant updatedAt) {
    static IssueView of(Issue i, LocalDate today) {
        return new IssueView(i.id, i.projectId, i.category, i.severity, i.title, i.description, i.reportedBy,
                i.responsibleUnit, i.responsiblePerson, i.dueDate, i.status, i.resolution, i.isOverdueOn(today), i.reviewFlagged, i.reviewReason, i.legalCaseId, i.fundingGapLinked, i.version, i.createdAt,
                i.updatedAt);
    }
}
