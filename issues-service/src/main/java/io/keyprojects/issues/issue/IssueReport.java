package io.keyprojects.issues.issue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a department or the supervisor sends to report a blocker. Optional links to projects-service's records:
 * {@code legalCaseId}, a legal-procedure case of the same project; {@code fundingGap: true} on a FUNDING blocker,
 * its project's funding gap.
 */
@Schema(example = """
        {"projectId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "category": "DEMOLITION", "severity": "HIGH",
         "title": "3户拆迁户未签约", "description": "涉及城东片区，影响主体施工", "responsibleUnit": "CGZ",
         "responsiblePerson": "7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01"}""")
public record IssueReport(
        @NotNull UUID projectId,
        @NotNull IssueCategory category,
        @NotNull IssueSeverity severity,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 16) String responsibleUnit,
        LocalDate dueDate,
        @Schema(nullable = true, description = "a legal-procedure case (依法处理) of the same project, from GET /api/projects/{projectId}/demolition/cases") UUID legalCaseId,
        @Schema(nullable = true, description = "true: the blocker is about its project's funding gap (FUNDING blockers only; the gap must exist)") Boolean fundingGap,
        @Schema(nullable = true, description = "专人: a person registered in GET /api/people; 422 unknown-person otherwise") UUID responsiblePerson) {
}
