package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * county.projects.project-registered.v1 — the project as registered. {@code registeredBy} was published as
 * {@code createdBy} before 2026-11-25; the alias keeps those events readable on replay.
 */
public record ProjectRegistered(UUID id, String code, String name, String category, int year, String leadUnit,
                                String leadOfficial, List<String> cooperatingUnits, String township,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedInvestment,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualPlannedInvestment,
                                LocalDate plannedStart, LocalDate plannedEnd, String phase,
                                BigDecimal progressPercent, long version,
                                @JsonAlias("createdBy") String registeredBy) {
}
