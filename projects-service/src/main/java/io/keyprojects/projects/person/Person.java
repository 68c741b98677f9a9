package io.keyprojects.projects.person;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who answers for work (责任人): named on projects, time nodes, blockers and orders. */
@Entity
public class Person extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    /** 职务. */
    public String title;
    /** The unit's code; null only for a county leader who stands above every unit. */
    public String unit;
    @Enumerated(EnumType.STRING)
    public PersonKind kind;
    /** Private: the commander and the person's own unit only. */
    public String phone;
    /** Private: the commander and the person's own unit only. */
    public String email;
    /** False once the person has left the post: kept for the record, no longer named on new work. */
    public boolean active = true;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
