package io.keyprojects.assessment.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A problem an inspection found (督查发现问题); it issues one supervision order. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "inspection_id")
    public UUID inspectionId;
    public String description;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
