package io.keyprojects.projects.project;

import io.keyprojects.platform.openapi.ApiConventions;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable fields of a project, for {@code PATCH /api/projects/{id}} (JSON merge patch: a field left
 * out stays as it is, {@code null} clears an optional one). {@code code} and {@code phase} are not here:
 * the code is the project's identity, the phase moves through {@code POST /phase}.
 */
@Schema(description = "Send only the fields that change. A department may send only " + ProjectEdit.PROGRESS_FIELDS_TEXT + ".",
        example = "{\"progressPercent\": 42.5, \"completedInvestment\": \"5300.00\"}")
public record ProjectEdit(
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Size(max = 4000) String description,
        ProjectCategory category,
        @Min(2000) @Max(2100) Integer year,
        @Size(min = 1, max = 16) String leadUnit,
        @Size(max = 100) String leadOfficial,
        UUID leadOfficialId,
        UUID responsiblePersonId,
        @Size(max = 30) List<@jakarta.validation.constraints.NotNull @jakarta.validation.Valid CooperatingUnit> cooperatingUnits,
        @Size(max = 100) String township,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal plannedInvestment,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal annualPlannedInvestment,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal completedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @DecimalMin("0") @DecimalMax("100") BigDecimal progressPercent,
        @Schema(description = "why the plan changes: required once the project's plan is approved (baseline) and plannedStart, "
                + "plannedEnd, plannedInvestment or annualPlannedInvestment changes; kept in the project's changes, not a field of it")
        @Size(max = 2000) String reason) {

    /** What a department (责任单位) may change on a project its unit leads: how far along it is. */
    public static final Set<String> PROGRESS_FIELDS = Set.of("progressPercent", "completedInvestment", "actualStart");
    static final String PROGRESS_FIELDS_TEXT = "progressPercent, completedInvestment and actualStart";
    /** Fields a project cannot be without: sending null for them is a 400. */
    static final Set<String> REQUIRED_FIELDS = Set.of("name", "category", "year", "leadUnit", "cooperatingUnits",
            "completedInvestment", "progressPercent");
    static final Set<String> FIELDS = Set.of("name", "description", "category", "year", "leadUnit", "leadOfficial",
            "leadOfficialId", "responsiblePersonId", "cooperatingUnits", "township", "latitude", "longitude", "plannedInvestment", "annualPlannedInvestment",
            "completedInvestment", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "progressPercent");
}
