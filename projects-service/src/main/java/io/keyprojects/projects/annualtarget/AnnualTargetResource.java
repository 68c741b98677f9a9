package io.keyprojects.projects.annualtarget;

import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.projects.project.ProgrammeYear;
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

@Path("/api/projects/{projectId}/targets/{year}")
@Tag(name = "Annual targets", description = "年度目标: the year's investment to complete and physical target (形象进度) of a project")
public class AnnualTargetResource {
    private static final String PROBLEM = "application/problem+json";
    private final AnnualTargets targets;
    private final Caller caller;

    AnnualTargetResource(AnnualTargets targets, Caller caller) {
        this.targets = targets;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getAnnualTarget", summary = "A project's target for a year, with its ETag",
            description = "Version 0, stated false and no figures while no target was stated for the year.")
    @APIResponse(responseCode = "200", description = "the year's target",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnualTargetView.class)))
    @APIResponse(responseCode = "400", description = "a year outside 2000-2100", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    public Uni<Response> get(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "the year, e.g. 2026", example = "2026") @PathParam("year") String year) {
        return targets.find(projectId, ProgrammeYear.parse(year)).map(view -> EntityTags.ok(view, view.version()));
    }

    @PUT
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "putAnnualTarget", summary = "State a project's target for a year (the lead department, or the commander; If-Match required)",
            description = "Replaces the year's whole target. If-Match is the ETag read (\"0\" before the first write). "
                    + "Emits county.projects.annual-target-set.v1 when anything changed. The programme view's "
                    + "\"时间过半，任务过半\" measures the year's completed investment against this investment.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnualTargetSheet.class), examples = {
            @ExampleObject(name = "investment and physical target", value = "{\"investment\": \"6000.00\", "
                    + "\"physicalTarget\": \"主体结构封顶\", \"targetPercent\": 60}"),
            @ExampleObject(name = "completion this year", value = "{\"investment\": \"1200.00\", \"physicalTarget\": \"竣工验收并投入使用\", "
                    + "\"targetPercent\": 100}")}))
    @APIResponse(responseCode = "200", description = "the target after the change, with its new ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnualTargetView.class)))
    @APIResponse(responseCode = "400", description = "unreadable body, a year outside 2000-2100, or a malformed If-Match",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander or the project's lead unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "figures that do not add up (no investment, a negative one, a percent above 100, "
            + "no physical target at all)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no physical target", value =
                    "{\"type\": \"https://keyprojects.county/problems/invalid-figures\", \"title\": \"Invalid figures\", \"status\": 422, "
                            + "\"detail\": \"the annual target does not add up: see errors\", "
                            + "\"errors\": {\"physicalTarget\": \"state the physical target (形象进度) as text, as targetPercent, or both\"}}")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Uni<Response> put(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "the year, e.g. 2026", example = "2026") @PathParam("year") String year,
                             @Parameter(description = IfMatch.DESCRIPTION, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             AnnualTargetSheet sheet) {
        int y = ProgrammeYear.parse(year);
        AnnualTargetSheet stated = sheet != null ? sheet : new AnnualTargetSheet(null, null, null);
        return targets.replace(projectId, y, ifMatch, stated, caller).map(view -> EntityTags.ok(view, view.version()));
    }
}
