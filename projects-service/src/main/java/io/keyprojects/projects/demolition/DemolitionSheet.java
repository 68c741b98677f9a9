package io.keyprojects.projects.demolition;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the lead unit or the commander states about a project's demolition, all of it at once (PUT). */
@Schema(example = "{\"households\": 48, \"floorArea\": \"9600.00\", \"householdsSigned\": 46}")
public record DemolitionSheet(
        @Schema(description = "households to relocate") Integer households,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "floor area to clear, m², decimal string") BigDecimal floorArea,
        @Schema(description = "households that signed their agreement; at most households") Integer householdsSigned) {
}
