package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/**
 * county.assessment.rectification-issued.v1 — a finding of an inspection issued a supervision order
 * (督办/整改通知) to a responsible unit with a deadline; subject = order id.
 */
public record RectificationIssued(UUID id, UUID inspectionId, UUID findingId, UUID projectId, String responsibleUnit,
                                  String requirement, LocalDate deadline, String status, String issuedBy, UUID responsiblePerson) {

    /** An order that names nobody responsible (专人), only its unit. */
    public RectificationIssued(UUID id, UUID inspectionId, UUID findingId, UUID projectId, String responsibleUnit,
                               String requirement, LocalDate deadline, String status, String issuedBy) {
        this(id, inspectionId, findingId, projectId, responsibleUnit, requirement, deadline, status, issuedBy, null);
    }
}
