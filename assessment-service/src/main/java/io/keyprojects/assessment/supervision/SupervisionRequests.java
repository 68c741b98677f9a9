package io.keyprojects.assessment.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

    @Schema(name = "RectificationTransition")
    public record Transition(@NotNull RectificationStatus to, @Size(max = 2000) String note) {
    }
}
