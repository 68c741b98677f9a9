package io.keyprojects.projects.preliminary;

import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.milestone.MilestoneKind;
import io.keyprojects.projects.milestone.MilestonePlan;
import io.keyprojects.projects.milestone.MilestoneSchedule;
import io.keyprojects.projects.milestone.MilestoneView;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectPhase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 排出时间表: applies its category's template to a not-started project, creating one time node per step worked
 * back from the planned start ({@link WorkedBack}), each naming the unit that carries it. The nodes are made by
 * the milestone schedule like any other (same rules, milestone-planned events). Call inside a transaction.
 */
@ApplicationScoped
public class PreliminaryTimetable {
    private final MilestoneSchedule schedule;

    PreliminaryTimetable(MilestoneSchedule schedule) {
        this.schedule = schedule;
    }

    /** Who may is decided first (403); then the project's state (409, 422); then the nodes are made in step order. */
    public Uni<Timetable> fromTemplate(UUID projectId, Caller caller) {
        // the row lock keeps two simultaneous applications from both finding no preliminary nodes
        return Project.<Project>findById(projectId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("project", projectId))
                .chain(project -> {
                    caller.requireCommanderOrDepartmentOf(project.leadUnit, "draw up the preliminary timetable of project " + project.code);
                    if (project.phase != ProjectPhase.PREPARATION) {
                        throw ProblemException.conflict("project-started", "Project past preliminary work",
                                "project " + project.code + " is " + project.phase + ": a preliminary timetable is for projects not started");
                    }
                    if (project.plannedStart == null) {
                        throw ProblemException.unprocessable("no-planned-start", "No planned start",
                                "project " + project.code + " has no planned start to work the timetable back from");
                    }
                    return Milestone.<Milestone>list("projectId", projectId).chain(existing -> {
                        List<Milestone> preliminary = existing.stream().filter(m -> m.kind.stage() == MilestoneKind.Stage.PRELIMINARY).toList();
                        if (!preliminary.isEmpty()) {
                            throw ProblemException.conflict("timetable-exists", "Preliminary nodes exist",
                                    "project " + project.code + " already has " + preliminary.size()
                                            + " preliminary time nodes: change them one by one instead")
                                    .with("preliminaryNodes", preliminary.size());
                        }
                        return MilestoneTemplates.steps(project.category).chain(steps -> create(project, steps, caller));
                    });
                });
    }

    private Uni<Timetable> create(Project project, List<TemplateStep> steps, Caller caller) {
        if (steps.isEmpty()) {
            throw ProblemException.unprocessable("empty-template", "Empty template", "the " + project.category + " template has no steps");
        }
        List<LocalDate> dates = WorkedBack.plannedDates(project.plannedStart, steps.stream().map(s -> s.durationDays).toList());
        List<MilestoneView> made = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < steps.size(); i++) {
            TemplateStep s = steps.get(i);
            MilestonePlan plan = new MilestonePlan(s.kind, s.name, dates.get(i), s.durationDays, null,
                    s.responsibleUnit != null ? s.responsibleUnit : project.leadUnit, null);
            chain = chain.chain(() -> schedule.add(project.id, plan, caller).invoke(made::add).replaceWithVoid());
        }
        return chain.map(x -> new Timetable(project.id, project.category, project.plannedStart,
                WorkedBack.firstStepBegins(project.plannedStart, steps.stream().map(st -> st.durationDays).toList()), made));
    }
}
