package io.keyprojects.assessment.ruleset;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One immutable version of the assessment rules; {@code definition} is its {@link RulesetDefinition} as canonical JSON. */
@Entity
@Table(name = "ruleset")
public class Ruleset extends PanacheEntityBase {
    @Id
    public UUID id;
    public int version;
    public String name;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    public String definition;
    @Column(name = "definition_sha256")
    public String definitionSha256;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
