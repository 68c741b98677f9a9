package io.keyprojects.projects.project;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as clients and the project events see it; money as decimal strings in 万元. */
public record ProjectView(
        UUID id, String code, String name, @Schema(nullable = true) String description, ProjectCategory category, int year,
        String leadUnit, @Schema(nullable = true, description = "牵头领导's label") String leadOfficial,
        @Schema(nullable = true, description = "牵头领导, a county leader (GET /api/people/{id})") UUID leadOfficialId,
        @Schema(nullable = true, description = "专人 of the lead unit (GET /api/people/{id})") UUID responsiblePersonId,
        @Schema(description = "配合单位, by code") List<String> cooperatingUnits,
        @Schema(description = "配合单位 with their tasks (配合事项), in the order of cooperatingUnits") List<CooperatingUnit> cooperation,
        @Schema(nullable = true) String township,
        @Schema(nullable = true) Location location,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal plannedInvestment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal annualPlannedInvestment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal completedInvestment,
        LocalDate plannedStart, LocalDate plannedEnd, @Schema(nullable = true) LocalDate actualStart, @Schema(nullable = true) LocalDate actualEnd,
        ProjectPhase phase, BigDecimal progressPercent, long version,
        Instant createdAt, String createdBy, @Schema(nullable = true) Instant updatedAt, @Schema(nullable = true) String updatedBy) {

    @Schema(name = "ProjectLocation")
    public record Location(double lat, double lng) {
    }

    public static ProjectView of(Project p) {
        Location location = p.latitude == null || p.longitude == null ? null : new Location(p.latitude, p.longitude);
        return new ProjectView(p.id, p.code, p.name, p.description, p.category, p.year, p.leadUnit, p.leadOfficial,
                p.leadOfficialId, p.responsiblePersonId, List.copyOf(p.cooperatingUnits),
                p.cooperatingUnits.stream().map(u -> new CooperatingUnit(u, p.cooperatingTasks.get(u))).toList(), p.township, location, p.plannedInvestment, p.annualPlannedInvestment,
                p.completedInvestment, p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd, p.phase,
                p.progressPercent, p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }
}
