package io.keyprojects.projects.preliminary;

import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.milestone.MilestoneKind;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectCategory;
import io.keyprojects.projects.project.ProjectPhase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The board of a year's not-started projects (前期工作): where each stands in its timetable, latest first. Call inside a session. */
@ApplicationScoped
public class PreliminaryBoard {

    @Schema(name = "PreliminaryBoard")
    public record Board(int year, LocalDate asOf,
                        @Schema(description = "not-started (PREPARATION) projects of the year") int projects,
                        @Schema(description = "of them, late on the day") int late,
                        @Schema(description = "of them, without preliminary time nodes: no timetable drawn up yet") int withoutTimetable,
                        List<Line> lines) {
    }

    @Schema(name = "PreliminaryBoardLine")
    public record Line(UUID projectId, String code, String name, ProjectCategory category, String leadUnit,
                       @Schema(nullable = true) String township, @Schema(nullable = true) LocalDate plannedStart,
                       @Schema(nullable = true, description = "the first step not done, in planned order; null: none left or none planned") Step step,
                       @Schema(nullable = true, description = "the last day a step was done; null while none is") LocalDate since,
                       @Schema(description = "days past the due date of the step it is at (or, with no step left or planned, past plannedStart); 0 when not late") long daysLate,
                       int stepsDone, int stepsTotal,
                       @Schema(description = "steps not done whose planned date has passed") int lateSteps) {
    }

    @Schema(name = "PreliminaryBoardStep")
    public record Step(UUID milestoneId, MilestoneKind kind, String kindLabel, String name, LocalDate plannedDate,
                       @Schema(nullable = true, description = "null: the project's lead unit") String responsibleUnit) {
    }

    public Uni<Board> of(int year, LocalDate day) {
        return Project.<Project>list("year = ?1 and phase = ?2", year, ProjectPhase.PREPARATION).chain(projects -> {
            if (projects.isEmpty()) {
                return Uni.createFrom().item(new Board(year, day, 0, 0, 0, List.of()));
            }
            List<MilestoneKind> preliminary = java.util.Arrays.stream(MilestoneKind.values())
                    .filter(k -> k.stage() == MilestoneKind.Stage.PRELIMINARY).toList();
            return Milestone.<Milestone>list("projectId in ?1 and kind in ?2", Sort.by("plannedDate").and("createdAt"),
                    projects.stream().map(p -> p.id).toList(), preliminary).map(nodes -> {
                        Map<UUID, List<Milestone>> byProject = nodes.stream().collect(Collectors.groupingBy(m -> m.projectId));
                        List<Line> lines = projects.stream().map(p -> line(p, byProject.getOrDefault(p.id, List.of()), day))
                                .sorted(Comparator.comparingLong(Line::daysLate).reversed()
                                        .thenComparing(Line::plannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
                                        .thenComparing(Line::code))
                                .toList();
                        return new Board(year, day, lines.size(), (int) lines.stream().filter(l -> l.daysLate() > 0).count(),
                                (int) lines.stream().filter(l -> l.stepsTotal() == 0).count(), lines);
                    });
        });
    }

    private static Line line(Project p, List<Milestone> nodes, LocalDate day) {
        PreliminaryStanding s = PreliminaryStanding.of(nodes.stream().map(m -> new PreliminaryStanding.Node(m.id, m.kind, m.name,
                m.plannedDate, m.actualDate, m.responsibleUnit)).toList(), p.plannedStart, day);
        Step step = s.step() == null ? null : new Step(s.step().milestoneId(), s.step().kind(), s.step().kind().label(), s.step().name(),
                s.step().plannedDate(), s.step().responsibleUnit());
        return new Line(p.id, p.code, p.name, p.category, p.leadUnit, p.township, p.plannedStart, step, s.since(), s.daysLate(),
                s.stepsDone(), s.stepsTotal(), s.lateSteps());
    }
}
