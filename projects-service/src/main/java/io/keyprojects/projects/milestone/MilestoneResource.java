package io.keyprojects.projects.milestone;

import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/milestones")
@Tag(name = "Milestones", description = "时间节点: preliminary approvals, construction and completion nodes of a project")
public class MilestoneResource {
    private final MilestoneSchedule schedule;
    private final Caller caller;
    private final IdempotentRequests idempotency;
    private final CountyCalendar calendar;

    MilestoneResource(MilestoneSchedule schedule, Caller caller, IdempotentRequests idempotency, CountyCalendar calendar) {
        this.schedule = schedule;
        this.caller = caller;
        this.idempotency = idempotency;
        this.calendar = calendar;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listMilestones", summary = "A project's time nodes in planned order, each with its status (PLANNED, OVERDUE, DONE_ON_TIME, DONE_LATE)")
    @APIResponse(responseCode = "200", description = "the time nodes")
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    public Uni<List<MilestoneView>> list(@PathParam("projectId") UUID projectId) {
        return schedule.of(projectId).map(ms -> ms.stream().map(m -> MilestoneView.of(m, calendar.today())).toList());
    }

    @POST
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "addMilestone", summary = "Add a time node (commander, or the lead department)",
            description = "Kinds: PROJECT_APPROVAL 立项, PLANNING_PERMIT 规划许可, LAND_APPROVAL 用地审批, ENVIRONMENTAL_ASSESSMENT 环评, "
                    + "TENDERING 招投标, CONSTRUCTION_PERMIT 施工许可, CONSTRUCTION 施工节点, COMPLETION 竣工验收. "
                    + "durationDays feeds the backward schedule (the kind's typical duration when left out). plannedPercent "
                    + "(optional, 0-100) is the cumulative share of the project's work planned to be done by this node: "
                    + "nodes that carry one make the plan's own curve for 序时进度 in the programme view.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "permit", value = "{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-05-31\", \"durationDays\": 20}"),
            @ExampleObject(name = "construction node on the plan curve", value = "{\"kind\": \"CONSTRUCTION\", \"name\": \"主体结构封顶\", \"plannedDate\": \"2026-10-31\", \"durationDays\": 120, \"plannedPercent\": 70}")}))
    @APIResponse(responseCode = "201", description = "added; Location and ETag set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "invalid fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "an unknown responsible person (unknown-person) or one not of the lead or a cooperating unit "
            + "(person-not-eligible); an Idempotency-Key reused for a different request", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> add(@PathParam("projectId") UUID projectId,
                             @Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             MilestonePlan plan) { // validated once the caller's right is known (MilestoneSchedule)
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects/" + projectId + "/milestones", plan,
                () -> schedule.add(projectId, plan, caller).map(view -> Response
                        .created(URI.create("/api/projects/" + projectId + "/milestones/" + view.id()))
                        .tag(EntityTags.of(view.version())).entity(view).build()));
    }

    @PATCH
    @Path("/{milestoneId}")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "updateMilestone", summary = "Re-plan or complete a time node (If-Match required; commander or the lead department)",
            description = "completed: true records actualDate (today unless given) and emits county.projects.milestone-completed.v1. "
                    + "Once the project's plan is approved (baseline), a new plannedDate or plannedPercent is a re-plan: send reason "
                    + "(422 replan-needs-reason without, and nothing changes); it is kept in GET /api/projects/{id}/changes and "
                    + "published as county.projects.plan-changed.v1.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "complete", value = "{\"completed\": true, \"actualDate\": \"2026-05-28\"}"),
            @ExampleObject(name = "re-plan", value = "{\"plannedDate\": \"2026-06-30\", \"durationDays\": 25, \"plannedPercent\": 15}"),
            @ExampleObject(name = "re-plan after approval", value = "{\"plannedDate\": \"2026-07-31\", \"reason\": \"用地预审退回补件\"}")}))
    @APIResponse(responseCode = "200", description = "the time node after the change, with its new ETag", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "invalid fields, or an actual date in the future", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such project or time node", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the node is already completed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "a re-plan of an approved plan without a reason (replan-needs-reason); an unknown responsible person (unknown-person) "
            + "or one not of the lead or a cooperating unit (person-not-eligible): nothing changed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> edit(@PathParam("projectId") UUID projectId, @PathParam("milestoneId") UUID milestoneId,
                              @Parameter(description = "the ETag you read, e.g. \"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              MilestoneEdit edit) { // validated once the caller's right is known (MilestoneSchedule)
        return schedule.edit(projectId, milestoneId, IfMatch.required(ifMatch), edit, caller)
                .map(view -> EntityTags.ok(view, view.version()));
    }
}
