package io.keyprojects.projects.preliminary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category's template stated whole: its steps in the order they are done. */
@Schema(name = "MilestoneTemplateSheet", example = "{\"steps\": [{\"kind\": \"PROJECT_APPROVAL\", \"name\": \"立项（项目建议书批复）\", "
        + "\"durationDays\": 30}, {\"kind\": \"LAND_APPROVAL\", \"durationDays\": 60, \"responsibleUnit\": \"ZRJ\"}, "
        + "{\"kind\": \"CONSTRUCTION_PERMIT\", \"durationDays\": 15}]}")
public record TemplateSheet(List<Step> steps) {

    @Schema(name = "MilestoneTemplateSheetStep")
    public record Step(
            @Schema(description = "a preliminary kind (前期): PROJECT_APPROVAL … CONSTRUCTION_PERMIT") String kind,
            @Schema(description = "the step's name, the kind's label when left out; at most 200 characters") String name,
            @Schema(description = "working days the step needs, 1-3650") Integer durationDays,
            @Schema(description = "the unit that carries it; left out: the project's lead unit") String responsibleUnit) {
    }
}
