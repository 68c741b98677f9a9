package io.keyprojects.projects.project;

import io.keyprojects.platform.openapi.ApiConventions;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commander sends to register a project. Investments in 万元 (decimal strings or numbers). */
@Schema(example = """
        {"code": "2026-ZD-017", "name": "城东污水处理厂扩建工程", "description": "新增日处理能力2万吨",
         "category": "ECOLOGY", "year": 2026, "leadUnit": "ZJJ",
         "leadOfficialId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "responsiblePersonId": "7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01",
         "cooperatingUnits": [{"unit": "ZRJ", "task": "用地报批"}, {"unit": "CGZ", "task": "政策处理"}], "township": "城关镇", "latitude": 30.12, "longitude": 120.35,
         "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
         "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""")
public record ProjectRegistration(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and dashes") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull ProjectCategory category,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 16) String leadUnit,
        @Size(max = 100) @Schema(description = "牵头领导's label; set from the person when leadOfficialId is given") String leadOfficial,
        @Schema(nullable = true, description = "牵头领导: a county leader registered in /api/people") UUID leadOfficialId,
        @Schema(nullable = true, description = "专人: a person of the lead unit registered in /api/people") UUID responsiblePersonId,
        @Size(max = 30) List<@NotNull @Valid CooperatingUnit> cooperatingUnits,
        @Size(max = 100) String township,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal plannedInvestment,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal annualPlannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
