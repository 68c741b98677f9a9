package io.keyprojects.projects.funding;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The funding sheet of a project: its version (counted by hand, the first write makes 1) and last writer. */
@Entity
@Table(name = "project_funding")
public class FundingRecord extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
