package io.keyprojects.issues.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A history line as clients see it; {@code actor} is "system" for what the SLA job did. */
public record HistoryEntryView(Instant at, String actor, HistoryAction action, IssueStatus from, IssueStatus to,
                               String comment, String resolution, LocalDate dueDate, UUID meetingId) {
    static HistoryEntryView of(IssueHistoryEntry e) {
        return new HistoryEntryView(e.at, e.actor, e.action, e.fromStatus, e.toStatus, e.comment, e.resolution, e.dueDate, e.meetingId);
    }
}
