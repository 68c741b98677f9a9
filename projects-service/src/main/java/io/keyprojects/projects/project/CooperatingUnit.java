package io.keyprojects.projects.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cooperating unit (配合单位) and its task on the project (配合事项). A request may still send the unit's code
 * alone, as before: the unit then keeps the task it had (none for a new one).
 */
@Schema(description = "a cooperating unit and its task; a plain unit code is accepted too", example = "{\"unit\": \"ZRJ\", \"task\": \"用地报批\"}")
public record CooperatingUnit(@NotBlank @Size(max = 16) String unit,
                              @Size(max = 200) @Schema(nullable = true, description = "配合事项") String task) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public CooperatingUnit(@JsonProperty("unit") String unit, @JsonProperty("task") String task) {
        this.unit = unit;
        this.task = task == null || task.isBlank() ? null : task.strip();
    }

    /** The request shape from before tasks: just the unit's code. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CooperatingUnit ofCode(String unit) {
        return new CooperatingUnit(unit, null);
    }
}
