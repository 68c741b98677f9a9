package io.keyprojects.projects.preliminary;

import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.projects.project.ProjectCategory;
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
import java.util.List;
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

@Path("/api/milestone-templates")
@Tag(name = "Preliminary work", description = "前期工作: templates of the standard preliminary steps, timetables worked back from the planned start, the board of not-started projects")
public class MilestoneTemplateResource {
    private static final String PROBLEM = "application/problem+json";
    private final MilestoneTemplates templates;
    private final Caller caller;

    MilestoneTemplateResource(MilestoneTemplates templates, Caller caller) {
        this.templates = templates;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listMilestoneTemplates", summary = "The templates of the standard preliminary steps, one per project category",
            description = "Steps in the order they are done, each with its working days and the unit that carries it (null: the project's lead unit). "
                    + "Applied to a project by POST /api/projects/{projectId}/milestones/from-template.")
    @APIResponse(responseCode = "200", description = "every category's template",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = TemplateView.class)))
    public Uni<List<TemplateView>> list() {
        return templates.all();
    }

    @GET
    @Path("/{category}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getMilestoneTemplate", summary = "One category's template of preliminary steps, with its ETag")
    @APIResponse(responseCode = "200", description = "the template",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateView.class)),
            headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "not a project category", content = @Content(mediaType = PROBLEM))
    public Uni<Response> get(@Parameter(description = "a project category", example = "ECOLOGY") @PathParam("category") String category) {
        return templates.of(category(category)).map(view -> EntityTags.ok(view, view.version()));
    }

    @PUT
    @Path("/{category}")
    @WithTransaction
    @RolesAllowed({Roles.COMMANDER})
    @Operation(operationId = "putMilestoneTemplate", summary = "State a category's template of preliminary steps (the commander; If-Match required)",
            description = "Replaces the steps whole, in the order they are done. Each kind is a preliminary one and appears once; durationDays 1-3650; "
                    + "responsibleUnit, when given, is a registered unit. Time nodes already created from the template stay as they are.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateSheet.class), examples = {
            @ExampleObject(name = "a shorter sequence for renewal on the county's own land", value = "{\"steps\": [{\"kind\": \"PROJECT_APPROVAL\", "
                    + "\"name\": \"立项（项目建议书批复）\", \"durationDays\": 30}, {\"kind\": \"PLANNING_PERMIT\", \"durationDays\": 30, "
                    + "\"responsibleUnit\": \"ZRJ\"}, {\"kind\": \"DRAWING_REVIEW\", \"durationDays\": 20}, {\"kind\": \"TENDERING\", \"durationDays\": 30}, "
                    + "{\"kind\": \"CONSTRUCTION_PERMIT\", \"durationDays\": 15}]}")}))
    @APIResponse(responseCode = "200", description = "the template after the change, with its new ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateView.class)),
            headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "not a project category, or an unreadable body or If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "not the commander", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "steps that do not make a template (none, a kind that is not preliminary or stated twice, "
            + "a duration out of range, an unknown unit)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "construction is not preliminary work", value =
                    "{\"type\": \"https://keyprojects.county/problems/invalid-figures\", \"title\": \"Invalid figures\", \"status\": 422, "
                            + "\"detail\": \"the template does not add up: see errors\", "
                            + "\"errors\": {\"steps[2].kind\": \"one of the preliminary kinds [PROJECT_APPROVAL, …]\"}}")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Uni<Response> put(@Parameter(description = "a project category", example = "URBAN_RENEWAL") @PathParam("category") String category,
                             @Parameter(description = IfMatch.DESCRIPTION, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             TemplateSheet sheet) {
        ProjectCategory c = category(category);
        return templates.replace(c, ifMatch, sheet, caller).map(view -> EntityTags.ok(view, view.version()));
    }

    private static ProjectCategory category(String text) {
        return QueryParameters.read("category", text, "one of " + java.util.Arrays.toString(ProjectCategory.values()), ProjectCategory::valueOf);
    }
}
