package io.keyprojects.assessment.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commander or the supervision bureau publishes: its kind, the project it is about, a title and the text. */
@Schema(name = "NewPublicityCase")
public record PublicityRequest(@NotNull PublicityKind kind,
                               @NotNull @Schema(description = "the project the case is about; 422 unknown-project when the registry never announced it") UUID projectId,
                               @NotBlank @Size(max = 200) String title,
                               @NotBlank @Size(max = 5000) @Schema(description = "public text, in Chinese; no person's contact details") String text) {
}
