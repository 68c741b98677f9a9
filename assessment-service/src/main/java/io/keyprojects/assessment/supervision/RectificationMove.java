package io.keyprojects.assessment.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in an order's history. */
@Entity
@Table(name = "rectification_move")
public class RectificationMove extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "rectification_id")
    public UUID rectificationId;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public String note;
    @Column(name = "moved_by")
    public String movedBy;
    @Column(name = "moved_at")
    public Instant movedAt;
}
