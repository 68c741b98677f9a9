package io.keyprojects.projects.milestone;

import io.keyprojects.platform.security.Roles;
import io.keyprojects.projects.project.ProjectRegistry;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import io.keyprojects.projects.baseline.Against;
import io.keyprojects.projects.baseline.MilestoneBaseline;
import io.keyprojects.projects.baseline.ProjectBaseline;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/backward-schedule")
@Tag(name = "Milestones")
public class BackwardScheduleResource {
    private final ProjectRegistry projects;
    private final MilestoneSchedule schedule;
    private final CountyCalendar calendar;

    BackwardScheduleResource(ProjectRegistry projects, MilestoneSchedule schedule, CountyCalendar calendar) {
        this.projects = projects;
        this.schedule = schedule;
        this.calendar = calendar;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getBackwardSchedule", summary = "倒排工期: the latest date each remaining time node must be done by, worked back from plannedEnd",
            description = "Remaining nodes in planned order, each taking durationDays (its kind's typical duration when not set): "
                    + "the last must finish by plannedEnd, each earlier one by the latest start of the next. late = asOf is past "
                    + "its latest finish; slackDays = latest finish minus planned date (negative: the plan itself is too late). "
                    + "Worked back from the baseline (its planned end and each node's baselined date) unless against=current; "
                    + "'against' names the plan used (current for a project not approved yet).")
    @APIResponse(responseCode = "200", description = "the worked-back schedule")
    @APIResponse(responseCode = "400", description = "a bad asOf or against", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    public Uni<BackwardSchedule.Result> get(@PathParam("projectId") UUID projectId,
                                            @Parameter(description = "the day to judge lateness on (default today)", example = "2026-07-01")
                                            @QueryParam("asOf") String asOf,
                                            @Parameter(description = "the plan to work back from: baseline (the approved plan, default) or current")
                                            @QueryParam("against") Against against) {
        LocalDate day = calendar.dayOrToday(asOf);
        boolean onBaseline = Against.orDefault(against) == Against.baseline;
        return projects.find(projectId).chain(project -> schedule.of(projectId).chain(milestones -> (onBaseline
                ? ProjectBaseline.<ProjectBaseline>findById(projectId) : Uni.createFrom().<ProjectBaseline>nullItem()).chain(baseline -> (baseline == null
                ? Uni.createFrom().item(Map.<UUID, LocalDate>of()) : MilestoneBaseline.datesOf(projectId)).map(frozen -> {
            // against the baseline: its planned end and each node's baselined date (a node added since keeps its own)
            List<BackwardSchedule.Node> nodes = milestones.stream().map(m -> new BackwardSchedule.Node(m.id, m.kind, m.name,
                            frozen.getOrDefault(m.id, m.plannedDate), m.actualDate, m.effectiveDurationDays()))
                    .sorted(Comparator.comparing(BackwardSchedule.Node::plannedDate)).toList();
            return BackwardSchedule.of(baseline == null ? project.plannedEnd : baseline.plannedEnd, day, nodes)
                    .against(baseline == null ? Against.current : Against.baseline);
        }))));
    }
}
