package io.keyprojects.projects.preliminary;

import io.keyprojects.projects.milestone.MilestoneKind;
import io.keyprojects.projects.project.ProjectCategory;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category's template of preliminary steps as clients see it; {@code version} is its ETag. */
@Schema(name = "MilestoneTemplate", example = "{\"category\": \"ECOLOGY\", \"steps\": [{\"position\": 1, \"kind\": \"PROJECT_APPROVAL\", "
        + "\"kindLabel\": \"立项\", \"name\": \"立项（项目建议书批复）\", \"durationDays\": 30, \"responsibleUnit\": null}, "
        + "{\"position\": 2, \"kind\": \"ENVIRONMENTAL_ASSESSMENT\", \"kindLabel\": \"环评\", \"name\": \"环评批复\", \"durationDays\": 45, "
        + "\"responsibleUnit\": \"HBJ\"}], \"totalDays\": 75, \"version\": 1, \"updatedAt\": \"2026-01-05T02:00:00Z\", \"updatedBy\": \"commander\"}")
public record TemplateView(ProjectCategory category, List<Step> steps,
                           @Schema(description = "the working days of all steps: how long before the planned start the first must begin") int totalDays,
                           long version, Instant updatedAt, String updatedBy) {

    @Schema(name = "MilestoneTemplateStep")
    public record Step(int position, MilestoneKind kind, String kindLabel, String name, int durationDays,
                       @Schema(nullable = true, description = "the unit that carries the step; null: the project's lead unit") String responsibleUnit) {
    }

    static TemplateView of(MilestoneTemplate t, List<TemplateStep> steps) {
        List<Step> lines = steps.stream().map(s -> new Step(s.position, s.kind, s.kind.label(), s.name, s.durationDays, s.responsibleUnit))
                .toList();
        return new TemplateView(ProjectCategory.valueOf(t.category), lines, lines.stream().mapToInt(Step::durationDays).sum(), t.version, t.updatedAt, t.updatedBy);
    }
}
