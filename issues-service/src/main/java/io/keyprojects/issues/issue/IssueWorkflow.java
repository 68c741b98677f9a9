package io.keyprojects.issues.issue;

import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.issues.link.BlockerLinks;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.platform.problem.RequestBodies;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves blockers through their workflow and keeps their history. People's moves are checked by
 * {@link IssueAuthority}; the SLA job and dispatch meetings use {@link #apply} with their own checks.
 * Call inside a transaction: the change, its history line and its events commit together.
 */
@ApplicationScoped
public class IssueWorkflow {
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;
    private final BlockerLinks links;

    IssueWorkflow(Outbox outbox, CountyCalendar calendar, RequestBodies bodies, BlockerLinks links) {
        this.bodies = bodies;
        this.links = links;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public LocalDate today() {
        return calendar.today();
    }

    public Uni<Issue> find(UUID id) {
        return Issue.<Issue>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("blocker", id));
    }

    public Uni<IssueView> transition(UUID id, IssueTransition request, Actor actor, IfMatch ifMatch) {
        return find(id).chain(issue -> {
            IssueAuthority.checkWorker(issue.responsibleUnit, actor); // 403 before anything is said about the request
            bodies.valid(request);
            ifMatch.requireCurrent(issue.version, "the blocker");
            IssueAuthority.checkMove(issue.status, request.to(), issue.responsibleUnit, actor, request.resolution());
            return linkCase(issue, request).chain(() -> apply(issue, request.to(), actor.name(), request.comment(), request.resolution(),
                    false, HistoryAction.MOVED, null));
        }).map(issue -> IssueView.of(issue, today()));
    }

    /** A move to LEGAL_PROCEDURE may name the legal case it is handled by: one of the blocker's project (422 otherwise). */
    private Uni<Void> linkCase(Issue issue, IssueTransition request) {
        if (request.legalCaseId() == null) {
            return Uni.createFrom().voidItem();
        }
        if (request.to() != IssueStatus.LEGAL_PROCEDURE) {
            throw new ProblemException(Problem.of(422, "link-mismatch", "Link does not fit the move",
                    "a legal case is named on the move to LEGAL_PROCEDURE").withErrors(Map.of("legalCaseId", "only with to: LEGAL_PROCEDURE")));
        }
        return links.requireCaseOf(issue.projectId, request.legalCaseId()).invoke(() -> issue.legalCaseId = request.legalCaseId());
    }

    public Uni<List<HistoryEntryView>> history(UUID id) {
        return find(id).chain(issue -> IssueHistoryEntry.<IssueHistoryEntry>list("issueId = ?1 order by seq", id))
                .map(entries -> entries.stream().map(HistoryEntryView::of).toList());
    }

    /**
     * Records a change of {@code issue} to {@code to} (possibly its current status, e.g. a meeting decision on a
     * blocker already in coordination): the history line, and when the status changes issue-status-changed plus
     * issue-escalated or issue-resolved. The move must already be checked.
     */
    public Uni<Issue> apply(Issue issue, IssueStatus to, String who, String comment, String resolution,
                            boolean automatic, HistoryAction action, UUID meetingId) {
        IssueStatus from = issue.status;
        Instant now = calendar.now();
        if (to != from) {
            issue.status = to;
            if (!to.isActive()) {
                issue.reviewFlagged = false; // the review is done once the blocker is resolved or closed
            }
            if (to == IssueStatus.RESOLVED) {
                issue.resolution = resolution;
            } else if (from == IssueStatus.RESOLVED) {
                issue.resolution = null; // reopened: the old resolution stays in the history
            }
        }
        issue.updatedAt = now;
        IssueHistoryEntry entry = IssueHistoryEntry.of(issue, action, from, who, comment, now);
        entry.resolution = to == IssueStatus.RESOLVED ? resolution : null;
        entry.meetingId = meetingId;
        return entry.persist().chain(Panache::flush).chain(() -> to == from
                ? Uni.createFrom().item(issue)
                : publishMove(issue, from, who, comment, automatic, now).replaceWith(issue));
    }

    private Uni<Void> publishMove(Issue issue, IssueStatus from, String who, String comment, boolean automatic, Instant now) {
        String subject = issue.id.toString();
        Uni<?> changed = outbox.append(EventType.ISSUE_STATUS_CHANGED, subject, new IssueStatusChanged(issue.id,
                issue.projectId, issue.responsibleUnit, from.name(), issue.status.name(), comment, issue.dueDate,
                issue.version, who, now));
        Uni<?> specific = switch (issue.status) {
            case ESCALATED -> outbox.append(EventType.ISSUE_ESCALATED, subject, new IssueEscalated(issue.id,
                    issue.projectId, issue.responsibleUnit, from.name(), issue.dueDate, automatic, who, comment));
            case RESOLVED -> {
                LocalDate on = calendar.dayOf(now);
                yield outbox.append(EventType.ISSUE_RESOLVED, subject, new IssueResolved(issue.id, issue.projectId,
                        issue.category.name(), issue.responsibleUnit, issue.resolution, issue.dueDate, on,
                        !on.isAfter(issue.dueDate), who));
            }
            default -> Uni.createFrom().voidItem();
        };
        return changed.chain(() -> specific).replaceWithVoid();
    }
}
