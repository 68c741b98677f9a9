package io.keyprojects.assessment.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A supervision order (督办/整改通知) to a responsible unit, with a deadline and its place in {@link RectificationStatus}. */
@Entity
@Table(name = "rectification")
public class Rectification extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "finding_id")
    public UUID findingId;
    @Column(name = "inspection_id")
    public UUID inspectionId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    /** 专人: the person who answers for the order, if named (a person the registry announced). */
    @jakarta.persistence.Column(name = "responsible_person")
    public java.util.UUID responsiblePerson;
    public String requirement;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public RectificationStatus status;
    @Version
    public long version;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    public int reminders;
    @Column(name = "last_reminded_on")
    public LocalDate lastRemindedOn;
    @Column(name = "overdue_notified")
    public boolean overdueNotified;
}
