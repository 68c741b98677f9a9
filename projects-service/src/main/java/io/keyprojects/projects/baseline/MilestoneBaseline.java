package io.keyprojects.projects.baseline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A time node's planned date and share of the work as its project's baseline froze them. */
@Entity
@Table(name = "milestone_baseline")
public class MilestoneBaseline extends PanacheEntityBase {
    @Id
    @Column(name = "milestone_id")
    public UUID milestoneId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "planned_date")
    public LocalDate plannedDate;
    @Column(name = "planned_percent")
    public BigDecimal plannedPercent;

    /** The baselined planned date of each of a project's time nodes (nodes added since have none). */
    public static Uni<Map<UUID, LocalDate>> datesOf(UUID projectId) {
        return MilestoneBaseline.<MilestoneBaseline>list("projectId", projectId)
                .map(nodes -> nodes.stream().collect(Collectors.toMap(n -> n.milestoneId, n -> n.plannedDate)));
    }
}
