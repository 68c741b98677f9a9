package io.keyprojects.assessment.bulletin;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published bulletin; {@code content} is its {@link BulletinContent} as canonical JSON, kept as published. */
@Entity
@Table(name = "bulletin")
public class Bulletin extends PanacheEntityBase {
    @Id
    public UUID id;
    public String period;
    public String title;
    public String content;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    /** Published by the schedule (定期通报): at most one such bulletin per period, which the database enforces. */
    public boolean scheduled;
}
