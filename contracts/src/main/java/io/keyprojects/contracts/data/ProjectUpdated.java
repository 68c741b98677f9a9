package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * county.projects.project-updated.v1 — the whole project after an edit, so a consumer can rebuild its
 * copy from this event alone; {@code changedFields} names what the edit touched.
 */
public record ProjectUpdated(UUID id, String code, String name, String description, String category, int year,
                             String leadUnit, String leadOfficial, List<String> cooperatingUnits, String township,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedInvestment,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualPlannedInvestment,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal completedInvestment,
                             LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                             String phase, BigDecimal progressPercent, long version, List<String> changedFields,
                             String updatedBy) {
}
