package io.keyprojects.projects.preliminary;

import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/milestones/from-template")
@Tag(name = "Preliminary work")
public class TimetableResource {
    private static final String PROBLEM = "application/problem+json";
    private final PreliminaryTimetable timetable;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    TimetableResource(PreliminaryTimetable timetable, Caller caller, IdempotentRequests idempotency) {
        this.timetable = timetable;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "createPreliminaryTimetable", summary = "排出时间表: create a not-started project's preliminary time nodes from its category's template (commander, or the lead department)",
            description = "倒排: one node per template step, the last due on the project's plannedStart and each earlier one due plannedStart minus the "
                    + "durations of the steps after it; each node names its responsible unit (the step's, else the project's lead unit). "
                    + "No body. Emits county.projects.milestone-planned.v1 per node.")
    @APIResponse(responseCode = "201", description = "the nodes made, in step order; Location: the project's time nodes",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Timetable.class), examples = @ExampleObject(
                    name = "two steps", value = "{\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"category\": \"ECOLOGY\", "
                    + "\"plannedStart\": \"2026-09-01\", \"firstStepBegins\": \"2026-07-18\", \"nodes\": [{\"id\": \"5d0c1c1e-8a43-4b7e-9f1a-2b3c4d5e6f70\", "
                    + "\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"kind\": \"TENDERING\", \"kindLabel\": \"招投标\", "
                    + "\"stage\": \"PRELIMINARY\", \"name\": \"施工招标\", \"plannedDate\": \"2026-08-17\", \"actualDate\": null, "
                    + "\"durationDays\": 30, \"plannedPercent\": null, \"responsibleUnit\": \"ZJJ\", \"status\": \"PLANNED\", "
                    + "\"overdueSince\": null, \"version\": 0, \"createdAt\": \"2026-06-30T02:00:00Z\", \"createdBy\": \"commander\", "
                    + "\"updatedAt\": \"2026-06-30T02:00:00Z\", \"updatedBy\": \"commander\"}]}")))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "the project already has preliminary time nodes, or is past preliminary work",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "already drawn up", value =
                    "{\"type\": \"https://keyprojects.county/problems/timetable-exists\", \"title\": \"Preliminary nodes exist\", \"status\": 409, "
                            + "\"detail\": \"project 2026-ZD-031 already has 9 preliminary time nodes: change them one by one instead\", "
                            + "\"preliminaryNodes\": 9}")))
    @APIResponse(responseCode = "422", description = "the project has no planned start, or an Idempotency-Key reused for a different request",
            content = @Content(mediaType = PROBLEM))
    public Uni<Response> create(@PathParam("projectId") UUID projectId,
                                @Parameter(description = IdempotentRequests.DESCRIPTION + " A retried request with the same key answers as the "
                                        + "first time instead of 409.") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects/" + projectId + "/milestones/from-template", projectId.toString(),
                () -> timetable.fromTemplate(projectId, caller).map(made -> Response
                        .created(URI.create("/api/projects/" + projectId + "/milestones")).entity(made).build()));
    }
}
