package io.keyprojects.issues.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The meeting's decision on one blocker of its agenda: who takes it on and the new deadline. */
@Schema(example = """
        {"issueId": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11", "assignedUnit": "ZRJ", "deadline": "2026-04-30",
         "decision": "自然资源局牵头，4月底前完成用地报批，城关镇配合做好群众工作",
         "responsiblePerson": "7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01"}""")
public record DecisionRequest(
        @NotNull UUID issueId,
        @NotBlank @Size(max = 16) String assignedUnit,
        @NotNull LocalDate deadline,
        @NotBlank @Size(max = 4000) String decision,
        @Schema(nullable = true, description = "专人 the meeting makes answer for the blocker (GET /api/people); 422 unknown-person otherwise")
        UUID responsiblePerson) {
}
