package io.keyprojects.assessment.facts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A project as the assessment sees it, built from projects.events. */
@Entity
@Table(name = "project_fact")
public class ProjectFact extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    public int year;
    @Column(name = "lead_unit")
    public String leadUnit;
    public String phase;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "actual_start")
    public LocalDate actualStart;
    @Column(name = "actual_end")
    public LocalDate actualEnd;
    public long version;
}
