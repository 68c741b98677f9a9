package io.keyprojects.assessment.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the supervision bureau and the units send. */
public final class SupervisionRequests {
    private SupervisionRequests() {
    }

    public record NewInspection(UUID projectId,
                                @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9]{1,15}$", message = "a unit code such as ZJJ") String unit,
                                @NotNull LocalDate inspectedOn,
                                @NotBlank @Size(max = 200) String title,
                                @Size(max = 4000) String notes) {
    }

    public record NewFinding(@NotBlank @Size(max = 4000) String description,
                             @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9]{1,15}$", message = "a unit code such as ZJJ") String responsibleUnit,
                             @NotBlank @Size(max = 4000) String requirement,
                             @NotNull LocalDate deadline,
                             @Schema(nullable = true, description = "专人 who answers for the order (GET /api/people); 422 unknown-person otherwise")
                             java.util.UUID responsiblePerson) {
    }

    /** A department's self-inspection (自查) of one of its unit's projects, with the findings it will rectify itself. */
    public record NewSelfInspection(@NotNull @Schema(description = "a project the department's unit leads; another unit's is 403") UUID projectId,
                                    @NotNull LocalDate inspectedOn,
                                    @NotBlank @Size(max = 200) String title,
                                    @Size(max = 4000) String notes,
                                    @Size(max = 50) List<@Valid @NotNull SelfFinding> findings) {
        public List<SelfFinding> findingsOrNone() {
            return findings == null ? List.of() : findings;
        }
    }

    /** A problem the unit found itself: it issues an order to its own unit, which it works and closes itself. */
    public record SelfFinding(@NotBlank @Size(max = 4000) String description,
                              @NotBlank @Size(max = 4000) String requirement,
                              @NotNull LocalDate deadline,
                              @Schema(nullable = true, description = "专人 who answers for it (GET /api/people); 422 unknown-person otherwise")
                              UUID responsiblePerson) {
    }

    @Schema(name = "RectificationTransition")
    public record Transition(@NotNull RectificationStatus to, @Size(max = 2000) String note) {
    }
}
