package io.keyprojects.assessment.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about inspections, findings and orders. */
public final class SupervisionViews {
    private SupervisionViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InspectionView(UUID id, InspectionKind kind, UUID projectId, String unit, LocalDate inspectedOn, String title, String notes,
                                 Instant createdAt, String createdBy,
                                 @Schema(description = "the findings recorded with a self-inspection, each with the order it issued") List<FindingView> findings) {
        static InspectionView of(Inspection i) {
            return of(i, null);
        }

        static InspectionView of(Inspection i, List<FindingView> findings) {
            return new InspectionView(i.id, i.kind, i.projectId, i.unit, i.inspectedOn, i.title, i.notes, i.createdAt, i.createdBy, findings);
        }
    }

    public record FindingView(UUID id, UUID inspectionId, String description, String responsibleUnit, Instant createdAt,
                              String createdBy, RectificationView order) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RectificationView(UUID id, UUID findingId, UUID inspectionId, UUID projectId, String responsibleUnit,
                                    @Schema(nullable = true, description = "专人 (GET /api/people/{id})") UUID responsiblePerson,
                                    String requirement, LocalDate deadline, RectificationStatus status,
                                    Set<RectificationStatus> allowedMoves, boolean overdue, int reminders, LocalDate lastRemindedOn,
                                    Instant issuedAt, String issuedBy, Instant closedAt, long version, List<MoveView> history) {
        static RectificationView of(Rectification r, LocalDate today, List<MoveView> history) {
            return new RectificationView(r.id, r.findingId, r.inspectionId, r.projectId, r.responsibleUnit, r.responsiblePerson, r.requirement, r.deadline,
                    r.status, r.status.allowedMoves(), r.status.isOpen() && r.deadline.isBefore(today), r.reminders, r.lastRemindedOn,
                    r.issuedAt, r.issuedBy, r.closedAt, r.version, history);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RectificationMoveView")
    public record MoveView(String from, String to, String note, String by, Instant at) {
        static MoveView of(RectificationMove m) {
            return new MoveView(m.fromStatus, m.toStatus, m.note, m.movedBy, m.movedAt);
        }
    }

    /** What one reminder run did (催办). */
    public record ReminderRun(LocalDate day, List<UUID> reminded, List<UUID> overdueAnnounced) {
    }
}
