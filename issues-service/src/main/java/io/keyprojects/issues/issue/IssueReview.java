package io.keyprojects.issues.issue;

import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * When a project is completed or cancelled its blockers that still need work are flagged for review (复核):
 * someone decides whether each still applies. Nothing is closed silently. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class IssueReview {
    private final CountyCalendar calendar;

    IssueReview(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    public Uni<Void> projectEnded(UUID projectId, String projectCode, String phase) {
        String reason = "project " + projectCode + " is " + phase + ": review whether this blocker still applies";
        Instant now = calendar.now();
        return Issue.<Issue>list("projectId = ?1 and status in ?2 and reviewFlagged = false", projectId, IssueStatus.active())
                .onItem().transformToMulti(issues -> Multi.createFrom().iterable(issues))
                .onItem().transformToUniAndConcatenate(issue -> {
                    issue.reviewFlagged = true;
                    issue.reviewReason = reason;
                    issue.updatedAt = now;
                    return IssueHistoryEntry.of(issue, HistoryAction.FLAGGED_FOR_REVIEW, issue.status, "system", reason, now)
                            .persist();
                })
                .collect().last().replaceWithVoid();
    }
}
