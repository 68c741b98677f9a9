package io.keyprojects.projects.progress;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A progress report (进度填报). Append-only: never changed once written (the database enforces it). */
@Entity
@Table(name = "progress_report")
@org.hibernate.annotations.Immutable
public class ProgressReport extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    public String period;
    @Column(name = "progress_percent")
    public BigDecimal progressPercent;
    @Column(name = "previous_percent")
    public BigDecimal previousPercent;
    @Column(name = "completed_investment")
    public BigDecimal completedInvestment;
    /** 本月完成投资 (万元), on a month's report only; null when not stated. */
    @Column(name = "investment_this_month")
    public BigDecimal investmentThisMonth;
    public String narrative;
    public String reason;
    @Column(name = "reported_at")
    public Instant reportedAt;
    @Column(name = "reported_by")
    public String reportedBy;
}
