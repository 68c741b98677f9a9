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
import java.time.LocalDate;
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
                    + "its latest finish; slackDays = latest finish minus planned date (negative: the plan itself is too late).")
    @APIResponse(responseCode = "200", description = "the worked-back schedule")
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    public Uni<BackwardSchedule.Result> get(@PathParam("projectId") UUID projectId,
                                            @Parameter(description = "the day to judge lateness on (default today)", example = "2026-07-01")
                                            @QueryParam("asOf") String asOf) {
        LocalDate day = calendar.dayOrToday(asOf);
        return projects.find(projectId).chain(project -> schedule.of(projectId).map(milestones -> BackwardSchedule.of(
                project.plannedEnd, day, milestones.stream().map(m -> new BackwardSchedule.Node(m.id, m.kind, m.name,
                        m.plannedDate, m.actualDate, m.effectiveDurationDays())).toList())));
    }
}
