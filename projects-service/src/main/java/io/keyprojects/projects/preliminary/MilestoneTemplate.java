package io.keyprojects.projects.preliminary;

import io.keyprojects.projects.project.ProjectCategory;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The preliminary-work template of a project category: its version (counted by hand, the ETag) and last editor. */
@Entity
@Table(name = "milestone_template")
public class MilestoneTemplate extends PanacheEntityBase {
    @Id
    /** The {@link ProjectCategory} by name. */
    public String category;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
