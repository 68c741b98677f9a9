package io.keyprojects.projects.demolition;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The legal procedure against one holdout household of a project (依法处理). */
@Entity
@Table(name = "demolition_case")
public class DemolitionCase extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    public String household;
    public String address;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "opened_by")
    public String openedBy;
}
