package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.projects.milestone-overdue.v1 — a time node past its planned date and not done; once per milestone. */
public record MilestoneOverdue(UUID id, UUID projectId, String projectCode, String leadUnit, String kind, String name,
                               LocalDate plannedDate, LocalDate detectedOn, long daysOverdue, UUID responsiblePersonId) {

    /** A node that names nobody responsible (专人). */
    public MilestoneOverdue(UUID id, UUID projectId, String projectCode, String leadUnit, String kind, String name,
                            LocalDate plannedDate, LocalDate detectedOn, long daysOverdue) {
        this(id, projectId, projectCode, leadUnit, kind, name, plannedDate, detectedOn, daysOverdue, null);
    }
}
