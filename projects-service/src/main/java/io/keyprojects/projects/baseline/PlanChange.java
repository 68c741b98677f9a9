package io.keyprojects.projects.baseline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One re-planned field after the baseline (调整计划), kept for good: values as text (ISO dates, decimal strings). */
@Entity
@Table(name = "plan_change")
public class PlanChange extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "milestone_id")
    public UUID milestoneId;
    public String field;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
    @Column(name = "baseline_value")
    public String baselineValue;
    public String reason;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
}
