package io.keyprojects.assessment.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An inspection of a unit's work, optionally of one project: the bureau's (督查检查) or the unit's own (自查). */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    /** SUPERVISION (督查, the bureau's) or SELF (自查, the unit's own of its project). */
    @Enumerated(EnumType.STRING)
    public InspectionKind kind = InspectionKind.SUPERVISION;
    public String unit;
    @Column(name = "inspected_on")
    public LocalDate inspectedOn;
    public String title;
    public String notes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
