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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commander sends to register a project. Investments in 万元 (decimal strings or numbers). */
@Schema(example = """
        {"code": "2026-ZD-017", "name": "城东污水处理厂扩建工程", "description": "新增日处理能力2万吨",
         "category": "ECOLOGY", "year": 2026, "leadUnit": "ZJJ", "leadOfficial": "王副县长",
         "cooperatingUnits": ["ZRJ", "CGZ"], "township": "城关镇", "latitude": 30.12, "longitude": 120.35,
         "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
         "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""")
public record ProjectRegistration(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and dashes") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull ProjectCategory category,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 16) String leadUnit,
        @Size(max = 100) String leadOfficial,
        @Size(max = 30) List<@NotBlank @Size(max = 16) String> cooperatingUnits,
        @Size(max = 100) String township,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal plannedInvestment,
        @DecimalMin("0") @DecimalMax("999999999999") @Schema(ref = ApiConventions.MONEY) BigDecimal annualPlannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
