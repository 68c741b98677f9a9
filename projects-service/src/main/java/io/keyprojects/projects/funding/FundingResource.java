package io.keyprojects.projects.funding;

import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.http.EntityTags;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/funding")
@Tag(name = "Funding", description = "资金: per source planned, secured and paid out; the gap")
public class FundingResource {
    private static final String PROBLEM = "application/problem+json";
    private final FundingLedger ledger;
    private final Caller caller;

    FundingResource(FundingLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProjectFunding", summary = "A project's funding per source and its gap, with its ETag",
            description = "Every source is listed, zeros where none; gap = planned − secured. Version 0 while nothing was recorded.")
    @APIResponse(responseCode = "200", description = "the funding and its gap",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FundingView.class)))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    public Uni<Response> get(@PathParam("projectId") UUID projectId) {
        return ledger.find(projectId).map(view -> EntityTags.ok(view, view.version()));
    }

    @PUT
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "putProjectFunding", summary = "State a project's funding (the lead department, or the commander; If-Match required)",
            description = "Replaces the whole sheet; a source left out has no figures. If-Match is the ETag read (\"0\" before the first write). "
                    + "Emits county.projects.funding-updated.v1 when anything changed.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = FundingSheet.class), examples = {
            @ExampleObject(name = "bonds not yet issued", value = "{\"sources\": [{\"source\": \"SUPERIOR_GRANT\", \"planned\": \"5000.00\", "
                    + "\"secured\": \"5000.00\", \"paidOut\": \"2000.00\"}, {\"source\": \"FINANCING_AND_BONDS\", "
                    + "\"planned\": \"8000.00\", \"secured\": \"3000.00\", \"paidOut\": \"0\"}]}")}))
    @APIResponse(responseCode = "200", description = "the funding after the change, with its new ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FundingView.class)))
    @APIResponse(responseCode = "400", description = "unreadable body or If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "figures that do not add up (negative, secured above planned, paid out above secured, unknown or repeated source)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "paid out above secured", value =
                    "{\"type\": \"https://keyprojects.county/problems/invalid-figures\", \"title\": \"Invalid figures\", \"status\": 422, "
                            + "\"detail\": \"the funding sheet does not add up: see errors\", "
                            + "\"errors\": {\"sources[0].paidOut\": \"must not exceed secured (3000)\"}}")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Uni<Response> put(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "the ETag you read, e.g. \"0\"", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             FundingSheet sheet) {
        FundingSheet stated = sheet != null ? sheet : new FundingSheet(null);
        return ledger.replace(projectId, ifMatch, stated, caller)
                .map(view -> EntityTags.ok(view, view.version()));
    }
}
