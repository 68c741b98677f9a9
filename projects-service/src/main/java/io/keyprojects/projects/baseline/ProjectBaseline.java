package io.keyprojects.projects.baseline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project's plan as approved (基线), frozen: the database refuses to change it. Money in 万元. */
@Entity
@Table(name = "project_baseline")
public class ProjectBaseline extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public int year;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "planned_investment")
    public BigDecimal plannedInvestment;
    @Column(name = "annual_planned_investment")
    public BigDecimal annualPlannedInvestment;
    /** True when approved with the year's programme; false for a project added and approved after it. */
    @Column(name = "with_programme")
    public boolean withProgramme;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "approved_by")
    public String approvedBy;
}
