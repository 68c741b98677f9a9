package io.keyprojects.issues.link;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A project's funding totals (资金, 万元) as issues-service knows them, from funding-updated. */
@Entity
@Table(name = "funding_projection")
public class KnownFunding extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public BigDecimal planned;
    public BigDecimal secured;
    /** planned − secured: the money not yet found. */
    public BigDecimal gap;
    /** The funding sheet's version this row reflects. */
    public long version;
}
