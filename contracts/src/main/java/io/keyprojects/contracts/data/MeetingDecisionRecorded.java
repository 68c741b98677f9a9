package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/**
 * county.issues.meeting-decision-recorded.v1 — a dispatch meeting (调度会) decided on a blocker: the unit assigned
 * and the new deadline. Subject = the issue id, so it stays ordered with that issue's other events.
 */
public record MeetingDecisionRecorded(UUID meetingId, LocalDate heldOn, UUID issueId, UUID projectId,
                                      String assignedUnit, LocalDate deadline, String decision, String decidedBy,
                                      UUID responsiblePerson) {

    /** A decision that names nobody responsible (专人), only the assigned unit. */
    public MeetingDecisionRecorded(UUID meetingId, LocalDate heldOn, UUID issueId, UUID projectId,
                                   String assignedUnit, LocalDate deadline, String decision, String decidedBy) {
        this(meetingId, heldOn, issueId, projectId, assignedUnit, deadline, decision, decidedBy, null);
    }
}
