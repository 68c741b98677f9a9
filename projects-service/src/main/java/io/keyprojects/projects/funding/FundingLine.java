package io.keyprojects.projects.funding;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One source's figures in a project's funding, 万元. */
@Entity
@Table(name = "project_funding_line")
public class FundingLine extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    public FundingSource source;
    public BigDecimal planned;
    public BigDecimal secured;
    @Column(name = "paid_out")
    public BigDecimal paidOut;
}
