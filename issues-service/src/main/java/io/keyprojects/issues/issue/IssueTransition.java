package io.keyprojects.issues.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to move a blocker; {@code resolution} is required when moving to RESOLVED; {@code legalCaseId} names the
 * holdout household's legal case on a move to LEGAL_PROCEDURE.
 */
@Schema(example = """
        {"to": "RESOLVED", "comment": "经镇村两级协调，3户均已签约", "resolution": "3户拆迁户已签订安置协议，腾空交地"}""")
public record IssueTransition(@NotNull IssueStatus to, @Size(max = 2000) String comment,
                              @Size(max = 4000) String resolution,
                              @Schema(nullable = true, description = "on a move to LEGAL_PROCEDURE: the legal-procedure case (依法处理) of the "
                                      + "blocker's project it is handled by") UUID legalCaseId) {
}
