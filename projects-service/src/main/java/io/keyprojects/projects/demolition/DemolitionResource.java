package io.keyprojects.projects.demolition;

import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.http.EntityTags;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/demolition")
@Tag(name = "Demolition", description = "拆迁安置: households and area to clear, agreements signed; the legal procedure per holdout")
public class DemolitionResource {
    private static final String PROBLEM = "application/problem+json";
    private final DemolitionDocket docket;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    DemolitionResource(DemolitionDocket docket, Caller caller, IdempotentRequests idempotency) {
        this.docket = docket;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProjectDemolition", summary = "A project's demolition, with its ETag",
            description = "Version 0 and zeros while nothing was recorded.")
    @APIResponse(responseCode = "200", description = "the demolition sheet and the households remaining",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DemolitionView.class)))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    public Uni<Response> get(@PathParam("projectId") UUID projectId) {
        return docket.find(projectId).map(view -> EntityTags.ok(view, view.version()));
    }

    @PUT
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "putProjectDemolition",
            summary = "State a project's demolition (the lead department, or the commander; If-Match required)",
            description = "Replaces the whole sheet. If-Match is the ETag read (\"0\" before the first write). "
                    + "Emits county.projects.demolition-updated.v1 when anything changed.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = DemolitionSheet.class), examples = {
            @ExampleObject(name = "two holdouts", value = "{\"households\": 48, \"floorArea\": \"9600.00\", \"householdsSigned\": 46}")}))
    @APIResponse(responseCode = "200", description = "the demolition after the change, with its new ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DemolitionView.class)))
    @APIResponse(responseCode = "400", description = "unreadable body or If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "figures that do not add up (negative, more signed than households)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "more signed than households", value =
                    "{\"type\": \"https://keyprojects.county/problems/invalid-figures\", \"title\": \"Invalid figures\", \"status\": 422, "
                            + "\"detail\": \"the demolition sheet does not add up: see errors\", "
                            + "\"errors\": {\"householdsSigned\": \"must not exceed households (48)\"}}")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Uni<Response> put(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "the ETag you read, e.g. \"0\"", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             DemolitionSheet sheet) {
        DemolitionSheet stated = sheet != null ? sheet : new DemolitionSheet(null, null, null);
        return docket.replace(projectId, ifMatch, stated, caller)
                .map(view -> EntityTags.ok(view, view.version()));
    }

    @GET
    @Path("/cases")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listDemolitionCases", summary = "The legal-procedure cases of a project's holdout households, oldest first")
    @APIResponse(responseCode = "200", description = "every case with its steps, the step reached and the next one",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    public Uni<List<CaseView>> cases(@PathParam("projectId") UUID projectId) {
        return docket.cases(projectId);
    }

    @POST
    @Path("/cases")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "openDemolitionCase", summary = "Open the legal procedure against a holdout household (the lead department, or the commander)",
            description = "The case starts with no step; the first is NOTICE. Emits county.projects.demolition-case-opened.v1.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseOpening.class), examples = {
            @ExampleObject(name = "holdout household", value = "{\"household\": \"张某某\", \"address\": \"城关镇东街12号\"}")}))
    @APIResponse(responseCode = "201", description = "opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "unreadable body", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "no household named, or an Idempotency-Key reused with another body",
            content = @Content(mediaType = PROBLEM))
    public Uni<Response> open(@PathParam("projectId") UUID projectId,
                              @Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                              CaseOpening opening) {
        CaseOpening stated = opening != null ? opening : new CaseOpening(null, null);
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects/" + projectId + "/demolition/cases", stated,
                () -> docket.open(projectId, stated, caller).map(view -> Response.status(Response.Status.CREATED).entity(view).build()));
    }

    @POST
    @Path("/cases/{caseId}/steps")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "recordDemolitionCaseStep", summary = "Record the next step of a case (the lead department, or the commander)",
            description = "Steps go in order, none skipped: NOTICE 公告, VALUATION 评估, COMPENSATION_DECISION 补偿决定, "
                    + "APPEAL_WINDOW 复议/诉讼期, COURT_APPLICATION 申请法院强制执行, ENFORCEMENT 强制执行. Another step is 409. "
                    + "Emits county.projects.demolition-case-step-recorded.v1.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = StepRecording.class), examples = {
            @ExampleObject(name = "notice", value = "{\"step\": \"NOTICE\", \"date\": \"2026-04-10\", \"note\": \"征收公告张贴于东街公告栏\"}")}))
    @APIResponse(responseCode = "200", description = "the case with the step recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "unreadable body", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project, or no such case of it", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "not the step that comes next; expectedStep names it",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "skipped valuation", value =
                    "{\"type\": \"https://keyprojects.county/problems/step-out-of-order\", \"title\": \"Step out of order\", "
                            + "\"status\": 409, \"detail\": \"the case of 张某某 is due VALUATION, not COMPENSATION_DECISION: steps go in "
                            + "order, none skipped\", \"expectedStep\": \"VALUATION\"}")))
    @APIResponse(responseCode = "422", description = "unknown step, no date, a date before the previous step's or after today, "
            + "or an Idempotency-Key reused with another body",
            content = @Content(mediaType = PROBLEM))
    public Uni<Response> recordStep(@PathParam("projectId") UUID projectId, @PathParam("caseId") UUID caseId,
                                    @Parameter(description = IdempotentRequests.DESCRIPTION + " A retried step with the same key "
                                            + "answers as the first time instead of 409.") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                    StepRecording recording) {
        StepRecording stated = recording != null ? recording : new StepRecording(null, null, null);
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects/" + projectId + "/demolition/cases/" + caseId + "/steps",
                stated, () -> docket.recordStep(projectId, caseId, stated, caller).map(view -> Response.ok(view).build()));
    }
}
