package io.keyprojects.issues.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatch meeting as clients see it, with the decisions taken so far. */
public record MeetingView(UUID id, LocalDate heldOn, String title, String convener, List<String> attendees,
                          List<UUID> agenda, List<Decision> decisions, String createdBy, Instant createdAt) {

    @Schema(name = "MeetingDecisionView")
    public record Decision(UUID id, UUID issueId, String assignedUnit,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) UUID responsiblePerson,
                           LocalDate deadline, String decision, String decidedBy, Instant decidedAt) {
        static Decision of(MeetingDecision d) {
            return new Decision(d.id, d.issueId, d.assignedUnit, d.responsiblePerson, d.deadline, d.decision, d.decidedBy, d.decidedAt);
        }
    }

    static MeetingView of(Meeting m, List<MeetingDecision> decisions) {
        return new MeetingView(m.id, m.heldOn, m.title, m.convener, List.copyOf(m.attendees),
                m.agenda.stream().map(UUID::fromString).toList(),
                decisions.stream().filter(d -> d.meetingId.equals(m.id)).map(Decision::of).toList(),
                m.createdBy, m.createdAt);
    }
}
