package io.keyprojects.assessment.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An inspection (督查检查) of a unit's work, optionally of one project. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
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
