package io.keyprojects.issues.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A history line as clients see it; {@code actor} is "system" for what the SLA job did. */
public record HistoryEntryView(Instant at, String actor, HistoryAction action, @Schema(nullable = true) IssueStatus from, IssueStatus to,
                               @Schema(nullable = true) String comment, @Schema(nullable = true) String resolution, @Schema(nullable = true) LocalDate dueDate, @Schema(nullable = true) UUID meetingId) {
    static HistoryEntryView of(IssueHistoryEntry e) {
        return new HistoryEntryView(e.at, e.actor, e.action, e.fromStatus, e.toStatus, e.comment, e.resolution, e.dueDate, e.meetingId);
    }
}
