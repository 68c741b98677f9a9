package io.keyprojects.projects.preliminary;

import io.keyprojects.projects.milestone.MilestoneView;
import io.keyprojects.projects.project.ProjectCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The preliminary time nodes made from a template, in step order. */
@Schema(name = "PreliminaryTimetable")
public record Timetable(UUID projectId, ProjectCategory category,
                        @Schema(description = "开工: the last step is due on this day") LocalDate plannedStart,
                        @Schema(description = "the day the first step has to begin for the last to be done by the planned start") LocalDate firstStepBegins,
                        List<MilestoneView> nodes) {
}
