package io.keyprojects.projects.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.paging.SortOrder;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.projects.baseline.Replans;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

@Path("/api/projects")
@Tag(name = "Projects", description = "重点工程: the county's key construction projects")
public class ProjectResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private final ProjectRegistry registry;
    private final ProjectQueries queries;
    private final Caller caller;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final Validator validator;
    private final RequestBodies bodies;
    private final Replans replans;

    ProjectResource(ProjectRegistry registry, ProjectQueries queries, Caller caller, IdempotentRequests idempotency, ObjectMapper json,
                    Validator validator, RequestBodies bodies, Replans replans) {
        this.replans = replans;
        this.bodies = bodies;
        this.registry = registry;
        this.queries = queries;
        this.caller = caller;
        this.idempotency = idempotency;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "registerProject", summary = "Register a project (commander)",
            description = "With an Idempotency-Key, a retry returns the first response and registers nothing twice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectRegistration.class),
            examples = @ExampleObject(name = "sewage plant", value = """
                    {"code": "2026-ZD-017", "name": "城东污水处理厂扩建工程", "description": "新增日处理能力2万吨",
                     "category": "ECOLOGY", "year": 2026, "leadUnit": "ZJJ",
                     "leadOfficialId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "responsiblePersonId": "7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01",
                     "cooperatingUnits": [{"unit": "ZRJ", "task": "用地报批"}, {"unit": "CGZ", "task": "政策处理"}],
                     "township": "城关镇", "latitude": 30.12, "longitude": 120.35,
                     "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
                     "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""")))
    @APIResponse(responseCode = "201", description = "registered; Location and ETag set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "invalid fields, named in errors", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not the commander", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the code is already registered", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown unit (unknown-unit) or person (unknown-person), a lead official who is not a county leader "
            + "or a responsible person not of the lead unit (person-not-eligible), or an Idempotency-Key reused for a different request",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> register(@Parameter(description = IdempotentRequests.DESCRIPTION, example = "5f0c6a4e-8d7b-4c1e-9f3a-2b6d8e1f0a7c")
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Valid @NotNull ProjectRegistration registration) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/projects", registration,
                () -> registry.register(registration, caller.name())
                        .map(view -> Response.created(URI.create("/api/projects/" + view.id()))
                                .tag(etag(view)).entity(view).build()));
    }

    @PATCH
    @Path("/{id}")
    @WithTransaction
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "updateProject", summary = "Edit a project (If-Match required)",
            description = "JSON merge patch: send only the fields that change; null clears an optional field. The commander "
                    + "edits any field; a department only progressPercent, completedInvestment and actualStart of projects "
                    + "its unit leads. Emits county.projects.project-updated.v1 when something changed. Once the project's plan is "
                    + "approved (baseline), changing plannedStart, plannedEnd, plannedInvestment or annualPlannedInvestment is a "
                    + "re-plan: send \"reason\" with it (422 replan-needs-reason without, and nothing changes); it is kept in "
                    + "GET /api/projects/{id}/changes and published as county.projects.plan-changed.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectEdit.class),
            examples = {
                    @ExampleObject(name = "department progress", value = "{\"progressPercent\": 42.5, \"completedInvestment\": \"5300.00\"}"),
                    @ExampleObject(name = "commander re-plan", value = "{\"plannedEnd\": \"2027-09-30\", \"leadOfficialId\": \"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01\", \"cooperatingUnits\": [{\"unit\": \"ZRJ\", \"task\": \"用地报批\"}, {\"unit\": \"JTJ\", \"task\": \"交通疏解\"}]}"),
                    @ExampleObject(name = "re-plan after approval", value = "{\"plannedEnd\": \"2027-09-30\", \"reason\": \"拆迁安置延后，经调度会研究顺延三个月\"}")}))
    @APIResponse(responseCode = "200", description = "the project after the edit, with its new ETag", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "unknown, read-only or invalid fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not the commander, not the lead unit, or a field a department may not change",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "a re-plan of an approved plan without a reason: nothing changed",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no reason", value =
                    "{\"type\": \"https://keyprojects.county/problems/replan-needs-reason\", \"title\": \"A re-plan needs a reason\", "
                            + "\"status\": 422, \"detail\": \"project 2026-ZD-017 has an approved baseline: changing plannedEnd is a re-plan, send a reason with it\", "
                            + "\"errors\": {\"reason\": \"required (at most 2000 characters) when a planned date or amount changes after approval\"}, "
                            + "\"fields\": [\"plannedEnd\"]}")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> update(@PathParam("id") UUID id,
                                @Parameter(description = "the ETag you read, e.g. \"3\"", example = "\"3\"")
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                JsonNode body) {
        JsonNode reason = Replans.takeReason(body); // why a baselined plan changes: not a field of the project
        // who may touch this project, and which of its fields, is decided before the body's values are judged
        return registry.find(id).invoke(project -> {
                    ProjectRegistry.authorizeEdit(project, ProjectPatch.fieldNames(body), caller);
                    bodies.readable(); // a body it cannot read is answered only to a caller who may edit this project
                })
                .chain(project -> {
                    IfMatch expected = IfMatch.required(ifMatch);
                    ProjectPatch patch = ProjectPatch.parse(body, json, validator);
                    return replans.ofProject(project.replanSubject(), patch.planProposals(project), Replans.reasonText(reason))
                            .chain(replan -> registry.update(id, expected, patch, caller)
                                    .call(view -> replans.record(replan, caller.name())));
                })
                .map(view -> Response.ok(view).tag(etag(view)).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProject", summary = "One project, with its ETag for updates")
    @APIResponse(responseCode = "200", description = "the project, with its ETag", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return registry.find(id).map(ProjectView::of).map(view -> Response.ok(view).tag(etag(view)).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listProjects", summary = "Projects, filtered and paged; the total counts every match")
    public Uni<Page<ProjectView>> list(@QueryParam("year") Integer year, @QueryParam("phase") ProjectPhase phase,
                                       @QueryParam("unit") String unit, @QueryParam("category") ProjectCategory category,
                                       @QueryParam("township") String township, @QueryParam("q") String text,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @QueryParam("sort") String sort) {
        return queries.list(new ProjectFilter(year, phase, unit, category, township, text),
                PageRequest.of(page, size), SortOrder.parse(sort, ProjectQueries.SORTABLE, ProjectQueries.BY_CODE));
    }

    @POST
    @Path("/{id}/phase")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "changeProjectPhase", summary = "Move a project to another phase (commander, or the department of its lead unit); illegal moves are 409 with the allowed moves")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhaseChange.class),
            examples = {@ExampleObject(name = "start construction", value = "{\"phase\": \"UNDER_CONSTRUCTION\", \"reason\": \"施工许可已取得\"}"),
                    @ExampleObject(name = "suspend", value = "{\"phase\": \"SUSPENDED\", \"reason\": \"拆迁安置未完成\"}")}))
    @APIResponse(responseCode = "200", description = "the project in its new phase, with its new ETag", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "neither the commander nor the lead unit's department; or the department asked for a move "
            + "other than PREPARATION → UNDER_CONSTRUCTION → COMPLETED (suspending, resuming and cancelling are the commander's)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "not an allowed move; allowedMoves lists those that are", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> changePhase(@PathParam("id") UUID id, PhaseChange change) {
        // phase changes belong to the commander and the project's lead department (责任单位), the department's
        // only forward: a project the people's congress approved is suspended or cancelled by the commander alone
        return registry.find(id)
                .invoke(project -> {
                    caller.requireCommanderOrDepartmentOf(project.leadUnit, "move this project's phase");
                    bodies.valid(change); // only once the caller may move this project
                    if (!caller.is(Roles.COMMANDER) && !project.phase.isDepartmentMove(change.phase())) {
                        throw ProblemException.forbidden("a lead department moves its project only from PREPARATION to UNDER_CONSTRUCTION "
                                + "to COMPLETED; suspending, resuming and cancelling are the commander's");
                    }
                })
                .chain(() -> registry.changePhase(id, change, caller.name()))
                .map(view -> Response.ok(view).tag(etag(view)).build());
    }

    static EntityTag etag(ProjectView view) {
        return EntityTags.of(view.version());
    }

}
