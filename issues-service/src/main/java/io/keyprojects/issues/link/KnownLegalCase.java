package io.keyprojects.issues.link;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A holdout household's legal-procedure case (依法处理) as issues-service knows it, from demolition-case-opened. */
@Entity
@Table(name = "legal_case_projection")
public class KnownLegalCase extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    public String household;
    @Column(name = "opened_at")
    public Instant openedAt;
}
