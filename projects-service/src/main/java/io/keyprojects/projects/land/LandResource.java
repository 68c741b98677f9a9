package io.keyprojects.projects.land;

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

@Path("/api/projects/{projectId}/land")
@Tag(name = "Land", description = "用地: area needed, 用地指标 and 占补平衡 secured, approval stage")
public class LandResource {
    private static final String PROBLEM = "application/problem+json";
    private final LandRegister register;
    private final Caller caller;

    LandResource(LandRegister register, Caller caller) {
        this.register = register;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProjectLand", summary = "A project's land, with its ETag",
            description = "Version 0 and zeros while nothing was recorded.")
    @APIResponse(responseCode = "200", description = "the land sheet and what is still missing",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LandView.class)))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    public Uni<Response> get(@PathParam("projectId") UUID projectId) {
        return register.find(projectId).map(view -> EntityTags.ok(view, view.version()));
    }

    @PUT
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "putProjectLand", summary = "State a project's land (the lead department, or the commander; If-Match required)",
            description = "Replaces the whole sheet. If-Match is the ETag read (\"0\" before the first write). "
                    + "Emits county.projects.land-updated.v1 when anything changed.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = LandSheet.class), examples = {
            @ExampleObject(name = "quota partly secured", value = "{\"areaNeeded\": \"120.50\", \"quotaSecured\": \"80.00\", "
                    + "\"balanceSecured\": \"60.00\", \"approvalStage\": \"SUBMITTED\", \"note\": \"余下指标待省厅下达\"}")}))
    @APIResponse(responseCode = "200", description = "the land after the change, with its new ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LandView.class)))
    @APIResponse(responseCode = "400", description = "unreadable body or If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "figures that do not add up (negative, secured above needed, unknown stage)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "quota above need", value =
                    "{\"type\": \"https://keyprojects.county/problems/invalid-figures\", \"title\": \"Invalid figures\", \"status\": 422, "
                            + "\"detail\": \"the land sheet does not add up: see errors\", "
                            + "\"errors\": {\"quotaSecured\": \"must not exceed areaNeeded (100)\"}}")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Uni<Response> put(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "the ETag you read, e.g. \"0\"", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             LandSheet sheet) {
        LandSheet stated = sheet != null ? sheet : new LandSheet(null, null, null, null, null);
        return register.replace(projectId, ifMatch, stated, caller)
                .map(view -> EntityTags.ok(view, view.version()));
    }
}
