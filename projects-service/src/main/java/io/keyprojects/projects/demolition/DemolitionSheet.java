package io.keyprojects.projects.demolition;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the lead unit or the commander states about a project's demolition, all of it at once (PUT). */
@Schema(example = "{\"households\": 48, \"floorArea\": \"9600.00\", \"householdsSigned\": 46}")
public record DemolitionSheet(
        @Schema(description = "households to relocate") Integer households,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "floor area to clear, m², decimal string") BigDecimal floorArea,
        @Schema(description = "households that signed their agreement; at most households") Integer householdsSigned) {
}
