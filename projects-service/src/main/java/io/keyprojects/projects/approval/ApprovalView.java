package io.keyprojects.projects.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an approval baselined: the projects whose plan it froze, each with how many time nodes. */
@Schema(name = "BaselineApproval")
public record ApprovalView(int year, Instant approvedAt, String approvedBy, int baselined, List<Line> projects) {

    @Schema(name = "BaselinedProject")
    public record Line(UUID projectId, String code, String name, int milestones) {
    }

    /** The year's approval as it stands: when and by whom, how many projects have a baseline, which still wait. */
    @Schema(name = "ProgrammeApproval")
    public record Programme(int year, Instant approvedAt, String approvedBy, long baselined, List<Line> awaitingApproval) {
    }
}
