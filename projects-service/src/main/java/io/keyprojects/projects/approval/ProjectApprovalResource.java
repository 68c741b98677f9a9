package io.keyprojects.projects.approval;

import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/approval")
@Tag(name = "Baselines")
public class ProjectApprovalResource {
    private static final String PROBLEM = "application/problem+json";
    private final Baselines baselines;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    ProjectApprovalResource(Baselines baselines, Caller caller, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.baselines = baselines;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "approveProject", summary = "Approve a project added after its year's programme was approved (commander): its plan becomes its baseline",
            description = "Freezes the project's planned dates, investment plan and time nodes and publishes "
                    + "county.projects.baseline-approved.v1. With an Idempotency-Key a retry gets the first answer, not the 409. Takes no body.")
    @APIResponse(responseCode = "200", description = "approved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalView.class),
                    examples = @ExampleObject(name = "approved", value = "{\"year\": 2026, \"approvedAt\": \"2026-04-02T01:30:00Z\", "
                            + "\"approvedBy\": \"commander\", \"baselined\": 1, \"projects\": [{\"projectId\": "
                            + "\"4c1e8f0e-2a43-4b6f-9c55-7d9a6c1b2e3f\", \"code\": \"2026-ZD-057\", \"name\": \"城南农贸市场改造\", \"milestones\": 4}]}")))
    @APIResponse(responseCode = "403", description = "not the commander", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "already approved (already-baselined), its programme not approved yet "
            + "(programme-not-approved: approving the programme baselines it), or cancelled", content = @Content(mediaType = PROBLEM))
    public Uni<Response> approve(@PathParam("projectId") UUID projectId,
                                 @Parameter(description = IdempotentRequests.DESCRIPTION, example = "5f0c6a4e-8d7b-4c1e-9f3a-2b6d8e1f0a7c")
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        // with a key, a retry gets the first answer instead of the 409 of a second approval
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects/" + projectId + "/approval", null,
                () -> baselines.approveProject(projectId, caller.name()).map(view -> Response.ok(view).build()));
    }
}
