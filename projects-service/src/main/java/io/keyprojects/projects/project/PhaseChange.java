package io.keyprojects.projects.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move a project to another phase. */
@Schema(example = "{\"phase\": \"UNDER_CONSTRUCTION\", \"reason\": \"施工许可已取得\"}")
public record PhaseChange(@NotNull ProjectPhase phase, @Size(max = 1000) String reason) {
}
