package io.keyprojects.contracts.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * county.projects.milestone-planned.v1 — a time node (时间节点) was added or re-planned. {@code plannedPercent}:
 * the cumulative share of the project's work planned by the node (the plan's curve), null when it has none;
 * {@code version} orders re-plans of one node; {@code responsiblePersonId} the person (专人) who answers for it, if named.
 */
public record MilestonePlanned(UUID id, UUID projectId, String projectCode, String leadUnit, String kind, String name,
                               LocalDate plannedDate, Integer durationDays, BigDecimal plannedPercent, long version,
                               String plannedBy, UUID responsiblePersonId) {

    /** A node that names nobody responsible (专人). */
    public MilestonePlanned(UUID id, UUID projectId, String projectCode, String leadUnit, String kind, String name,
                            LocalDate plannedDate, Integer durationDays, BigDecimal plannedPercent, long version, String plannedBy) {
        this(id, projectId, projectCode, leadUnit, kind, name, plannedDate, durationDays, plannedPercent, version, plannedBy, null);
    }
}
