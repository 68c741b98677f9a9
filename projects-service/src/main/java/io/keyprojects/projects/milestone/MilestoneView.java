package io.keyprojects.projects.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A time node as clients see it. {@code status}: PLANNED, OVERDUE (past its planned date, not done),
 * DONE_ON_TIME or DONE_LATE; {@code kindLabel} is the Chinese name of its kind; {@code responsibleUnit} null: the
 * project's lead unit.
 */
public record MilestoneView(UUID id, UUID projectId, MilestoneKind kind, String kindLabel, MilestoneKind.Stage stage,
                            String name, LocalDate plannedDate, @Schema(nullable = true) LocalDate actualDate, @Schema(nullable = true) Integer durationDays, @Schema(nullable = true) BigDecimal plannedPercent,
                            @Schema(nullable = true, description = "责任单位 of the node; null: the project's lead unit") String responsibleUnit,
                            Status status, @Schema(nullable = true) LocalDate overdueSince,
                            @Schema(nullable = true, description = "专人 (GET /api/people/{id})") UUID responsiblePersonId, long version, Instant createdAt, String createdBy,
                            @Schema(nullable = true) Instant updatedAt, @Schema(nullable = true) String updatedBy) {

    @Schema(name = "MilestoneStatus")
    public enum Status { PLANNED, OVERDUE, DONE_ON_TIME, DONE_LATE }

    public static MilestoneView of(Milestone m, LocalDate today) {
        Status status = m.done()
                ? (m.actualDate.isAfter(m.plannedDate) ? Status.DONE_LATE : Status.DONE_ON_TIME)
                : (m.overdueOn(today) ? Status.OVERDUE : Status.PLANNED);
        return new MilestoneView(m.id, m.projectId, m.kind, m.kind.label(), m.kind.stage(), m.name, m.plannedDate,
                m.actualDate, m.durationDays, m.plannedPercent, m.responsibleUnit, status, m.overdueSince, m.responsiblePersonId, m.version, m.createdAt, m.createdBy, m.updatedAt,
                m.updatedBy);
    }
}
