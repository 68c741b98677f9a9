package io.keyprojects.notifications.mail;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notification address a unit registered: its own (no person) or one of its people's (责任人). */
@Entity
@Table(name = "mailbox")
public class Mailbox extends PanacheEntityBase {
    @Id
    public UUID id;
    public String unit;
    @Column(name = "person_id")
    public UUID personId;
    public String address;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
