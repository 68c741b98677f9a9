package io.keyprojects.projects.progress;

import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/progress")
@Tag(name = "Progress", description = "进度填报: the append-only progress history of a project")
public class ProgressResource {
    private final ProgressLedger ledger;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    ProgressResource(ProgressLedger ledger, Caller caller, IdempotentRequests idempotency) {
        this.ledger = ledger;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listProgressReports", summary = "A project's progress reports, newest first, paged")
    @APIResponse(responseCode = "200", description = "one page of reports and the total")
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    public Uni<Page<ProgressReportView>> history(@PathParam("projectId") UUID projectId,
                                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return ledger.history(projectId, PageRequest.of(page, size));
    }

    @POST
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "reportProgress", summary = "Report progress (the lead department, or the commander)",
            description = "The report's percent and completed investment become the project's. Below the previous figures "
                    + "a reason is required (422 otherwise). "
                    + "investmentThisMonth (本月完成投资) is for a month's report only (400 with another period); the year's "
                    + "\"时间过半，任务过半\" sums the latest figure per month. Emits county.projects.progress-reported.v1.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "monthly report", value = "{\"period\": \"2026-07\", \"progressPercent\": 45, "
                    + "\"completedInvestment\": \"5400.00\", \"investmentThisMonth\": \"1300.00\", \"narrative\": \"主体结构封顶\"}"),
            @ExampleObject(name = "correction downwards", value = "{\"period\": \"2026-07\", \"progressPercent\": 40, "
                    + "\"reason\": \"上月误将材料进场计入完成量\"}")}))
    @APIResponse(responseCode = "201", description = "recorded; Location set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "400", description = "invalid fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the project is completed or cancelled", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "below the previous figures without a reason, or an Idempotency-Key reused",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> report(@PathParam("projectId") UUID projectId,
                                @Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                ProgressSubmission submission) { // validated once the caller's right is known (ProgressLedger)
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects/" + projectId + "/progress", submission,
                () -> ledger.report(projectId, submission, caller).map(view -> Response
                        .created(URI.create("/api/projects/" + projectId + "/progress/" + view.id())).entity(view).build()));
    }
}
