package io.keyprojects.issues.issue;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a blocker's history: who did what, when, and why. Append-only. */
@Entity
@Table(name = "issue_history")
public class IssueHistoryEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "issue_id")
    public UUID issueId;
    @Column(name = "happened_at")
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public HistoryAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public IssueStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public IssueStatus toStatus;
    public String comment;
    /** The resolution text, on the move to RESOLVED. */
    public String resolution;
    /** The deadline after this entry (changes with meeting decisions). */
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "meeting_id")
    public UUID meetingId;

    static IssueHistoryEntry of(Issue issue, HistoryAction action, IssueStatus from, String actor, String comment, Instant at) {
        IssueHistoryEntry e = new IssueHistoryEntry();
        e.issueId = issue.id;
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = issue.status;
        e.comment = comment;
        e.dueDate = issue.dueDate;
        return e;
    }
}
