package io.keyprojects.assessment.facts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A blocker as the assessment sees it, built from issues.events. */
@Entity
@Table(name = "issue_fact")
public class IssueFact extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    public String severity;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String status;
    @Column(name = "reported_at")
    public Instant reportedAt;
}
