package io.keyprojects.projects.approval;

import io.keyprojects.projects.project.ProgrammeYear;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programme/{year}/approval")
@Tag(name = "Baselines", description = "基线: the approved plan that indicators are judged against, and every re-plan since")
public class ProgrammeApprovalResource {
    private static final String PROBLEM = "application/problem+json";
    private final Baselines baselines;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    ProgrammeApprovalResource(Baselines baselines, Caller caller, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.baselines = baselines;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "approveProgramme", summary = "Approve the year's programme (commander): every project's plan becomes its baseline",
            description = "Freezes each open project's planned dates, investment plan and time nodes (planned date and share) as its "
                    + "baseline, and publishes county.projects.baseline-approved.v1 for each. A programme is approved once: a second "
                    + "approval is 409 and lists the projects added since, which the commander approves one by one "
                    + "(POST /api/projects/{id}/approval); with an Idempotency-Key a retry gets the first answer instead. Takes no body.")
    @APIResponse(responseCode = "200", description = "approved: the projects whose plan was frozen",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalView.class),
                    examples = @ExampleObject(name = "approved", value = "{\"year\": 2026, \"approvedAt\": \"2026-01-20T02:00:00Z\", "
                            + "\"approvedBy\": \"commander\", \"baselined\": 1, \"projects\": [{\"projectId\": "
                            + "\"0b6f3c55-2a43-4c1e-8f0e-7d9a6c1b2e3f\", \"code\": \"2026-ZD-017\", \"name\": \"城东污水处理厂扩建工程\", \"milestones\": 6}]}")))
    @APIResponse(responseCode = "400", description = "a bad year", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "the programme is already approved; awaitingApproval names the projects added since",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "already approved", value =
                    "{\"type\": \"https://keyprojects.county/problems/programme-already-approved\", \"title\": \"Programme already approved\", "
                            + "\"status\": 409, \"detail\": \"the 2026 programme was approved on 2026-01-20T02:00:00Z by commander; a project added "
                            + "since is approved alone: POST /api/projects/{id}/approval\", \"approvedAt\": \"2026-01-20T02:00:00Z\", "
                            + "\"approvedBy\": \"commander\", \"awaitingApproval\": [\"2026-ZD-057\"]}")))
    public Uni<Response> approve(@PathParam("year") String year,
                                 @Parameter(description = IdempotentRequests.DESCRIPTION, example = "5f0c6a4e-8d7b-4c1e-9f3a-2b6d8e1f0a7c")
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        // with a key, a retry gets the first answer instead of the 409 of a second approval
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/programme/" + year + "/approval", null,
                () -> baselines.approveProgramme(ProgrammeYear.parse(year), caller.name()).map(view -> Response.ok(view).build()));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProgrammeApproval", summary = "When the year's programme was approved, how many projects have a baseline, which still wait")
    @APIResponse(responseCode = "200", description = "the approval",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalView.Programme.class),
                    examples = @ExampleObject(name = "approved", value = "{\"year\": 2026, \"approvedAt\": \"2026-01-20T02:00:00Z\", "
                            + "\"approvedBy\": \"commander\", \"baselined\": 56, \"awaitingApproval\": []}")))
    @APIResponse(responseCode = "400", description = "a bad year", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "the programme is not approved yet", content = @Content(mediaType = PROBLEM))
    public Uni<ApprovalView.Programme> get(@PathParam("year") String year) {
        return baselines.programme(ProgrammeYear.parse(year));
    }
}
