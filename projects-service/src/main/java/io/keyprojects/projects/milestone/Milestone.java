package io.keyprojects.projects.milestone;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A time node (时间节点) of a project: overdue when past its planned date and not done. Updates write only
 * the changed columns, so an edit never overwrites the overdue flag the sweep sets.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
public class Milestone extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    public MilestoneKind kind;
    public String name;
    @Column(name = "planned_date")
    public LocalDate plannedDate;
    @Column(name = "actual_date")
    public LocalDate actualDate;
    /** Working time the node needs, for the backward schedule; the kind's typical time when null. */
    @Column(name = "duration_days")
    public Integer durationDays;
    /** Cumulative percentage of the project's work planned by this node (the plan's curve); null: none. */
    @Column(name = "planned_percent")
    public BigDecimal plannedPercent;
    /** 责任单位 of this node; null: the project's lead unit. */
    @Column(name = "responsible_unit")
    public String responsibleUnit;

    /** 专人: the person who answers for the node; null when none is named. */
    @Column(name = "responsible_person_id")
    public UUID responsiblePersonId;
    /** The day the overdue event was sent; it is sent once. */
    @Column(name = "overdue_since")
    public LocalDate overdueSince;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public boolean done() {
        return actualDate != null;
    }

    public boolean overdueOn(LocalDate today) {
        return actualDate == null && plannedDate.isBefore(today);
    }

    public int effectiveDurationDays() {
        return durationDays != null ? durationDays : kind.typicalDays();
    }
}
