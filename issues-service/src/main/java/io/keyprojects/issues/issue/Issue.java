package io.keyprojects.issues.issue;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A blocker (问题/堵点) on a key project, owned by a responsible unit until it is resolved. */
@Entity
public class Issue extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    public IssueCategory category;
    @Enumerated(EnumType.STRING)
    public IssueSeverity severity;
    public String title;
    public String description;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    /** 专人: the person who answers for the blocker, if named (a person the registry announced). */
    @Column(name = "responsible_person")
    public UUID responsiblePerson;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public IssueStatus status = IssueStatus.OPEN;
    /** 解决情况, set on the move to RESOLVED. */
    public String resolution;
    /** The deadline the SLA job last reported as overdue: issue-overdue goes out once per issue and deadline. */
    @Column(name = "overdue_notified_for")
    public LocalDate overdueNotifiedFor;
    /** The deadline for which the SLA job escalated automatically, so it does so once per deadline. */
    @Column(name = "auto_escalated_for")
    public LocalDate autoEscalatedFor;
    /** Its project was completed or cancelled while it was still open: someone should review it (复核). */
    @Column(name = "review_flagged")
    public boolean reviewFlagged;
    @Column(name = "review_reason")
    public String reviewReason;
    /** The holdout household's legal case (依法处理) a LEGAL_PROCEDURE blocker names; null: none. */
    @Column(name = "legal_case_id")
    public UUID legalCaseId;
    /** A FUNDING blocker about its project's funding gap (资金缺口). */
    @Column(name = "funding_gap_linked")
    public boolean fundingGapLinked;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Past its deadline and still needing work (超期). */
    public boolean isOverdueOn(LocalDate today) {
        return status.isActive() && dueDate.isBefore(today);
    }
}
