package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/**
 * county.assessment.inspection-recorded.v1 — an inspection was recorded: the supervision bureau's ({@code SUPERVISION},
 * 督查) or a unit's own of one of its projects ({@code SELF}, 自查); subject = inspection id.
 */
public record InspectionRecorded(UUID id, String kind, String unit, UUID projectId, LocalDate inspectedOn, String title,
                                 Integer findings, String recordedBy) {
    public static final String SUPERVISION = "SUPERVISION";
    public static final String SELF = "SELF";
}
