package io.keyprojects.projects.land;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A project's land (用地), in 亩. The version is counted by hand: the first write makes version 1. */
@Entity
@Table(name = "project_land")
public class LandRecord extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "area_needed")
    public BigDecimal areaNeeded;
    @Column(name = "quota_secured")
    public BigDecimal quotaSecured;
    @Column(name = "balance_secured")
    public BigDecimal balanceSecured;
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_stage")
    public LandApprovalStage approvalStage;
    public String note;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
