package io.keyprojects.projects.annualtarget;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's target for one year (年度目标): the investment to complete in it (万元) and the physical target
 * (形象进度). The version is counted by hand: the first write makes version 1.
 */
@Entity
@Table(name = "project_annual_target")
@IdClass(AnnualTarget.Key.class)
public class AnnualTarget extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    @Id
    public int year;
    public BigDecimal investment;
    /** 形象进度 by the year's end, in the county's words (e.g. 主体结构封顶). */
    @Column(name = "physical_target")
    public String physicalTarget;
    /** The project's cumulative percent planned by the year's end. */
    @Column(name = "target_percent")
    public BigDecimal targetPercent;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static Key key(UUID projectId, int year) {
        Key k = new Key();
        k.projectId = projectId;
        k.year = year;
        return k;
    }

    /** The composite identity: one target per project and year. */
    public static class Key implements Serializable {
        public UUID projectId;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && Objects.equals(projectId, k.projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, year);
        }
    }
}
