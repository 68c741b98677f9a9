package io.keyprojects.projects.baseline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The commander's approval of a year's programme (the plan the people's congress endorsed); once per year. */
@Entity
@Table(name = "programme_approval")
public class ProgrammeApproval extends PanacheEntityBase {
    @Id
    public int year;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "approved_by")
    public String approvedBy;
}
