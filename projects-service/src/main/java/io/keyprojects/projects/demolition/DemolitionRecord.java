package io.keyprojects.projects.demolition;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A project's demolition (拆迁安置): households and floor area (m²) to clear, agreements signed. Version counted by hand. */
@Entity
@Table(name = "project_demolition")
public class DemolitionRecord extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public int households;
    @Column(name = "floor_area")
    public BigDecimal floorArea;
    @Column(name = "households_signed")
    public int householdsSigned;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
