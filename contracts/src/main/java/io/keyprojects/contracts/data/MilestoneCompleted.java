package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.projects.milestone-completed.v1 — a time node (时间节点) done; {@code onTime} when by its planned date. */
public record MilestoneCompleted(UUID id, UUID projectId, String projectCode, String leadUnit, String kind, String name,
                                 LocalDate plannedDate, LocalDate actualDate, boolean onTime, String completedBy,
                                 UUID responsiblePersonId) {

    /** A node that names nobody responsible (专人). */
    public MilestoneCompleted(UUID id, UUID projectId, String projectCode, String leadUnit, String kind, String name,
                              LocalDate plannedDate, LocalDate actualDate, boolean onTime, String completedBy) {
        this(id, projectId, projectCode, leadUnit, kind, name, plannedDate, actualDate, onTime, completedBy, null);
    }
}
