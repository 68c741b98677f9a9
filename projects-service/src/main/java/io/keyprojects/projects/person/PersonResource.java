package io.keyprojects.projects.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.paging.SortOrder;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
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

@Path("/api/people")
@Tag(name = "People", description = "责任人: county leaders, units' heads and staff who answer for projects, time nodes, blockers and orders")
public class PersonResource {
    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> SORTABLE = Set.of("name", "unit", "kind", "title");
    private static final String PERSON_EXAMPLE = """
            {"id": "7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01", "name": "李明", "title": "建设科科长", "unit": "ZJJ", "kind": "STAFF",
             "active": true, "contact": {"phone": "0571-8888 1234", "email": "liming@zjj.county.gov.cn"}, "version": 0,
             "createdAt": "2026-06-30T01:00:00Z", "createdBy": "department@ZJJ", "updatedAt": "2026-06-30T01:00:00Z", "updatedBy": "department@ZJJ"}""";
    private final PersonRegistry registry;
    private final Caller caller;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final RequestBodies bodies;

    PersonResource(PersonRegistry registry, Caller caller, IdempotentRequests idempotency, ObjectMapper json, RequestBodies bodies) {
        this.registry = registry;
        this.caller = caller;
        this.idempotency = idempotency;
        this.json = json;
        this.bodies = bodies;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listPeople", summary = "People, filtered and paged",
            description = "Contact details appear only on the commander's answers and on a department's answers about its own unit's people.")
    @APIResponse(responseCode = "200", description = "a page of people and the total of all matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "a unit's staff",
                    value = "{\"items\": [" + PERSON_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "an unknown kind, sort field or a bad page", content = @Content(mediaType = PROBLEM))
    public Uni<Page<PersonView>> list(@Parameter(description = "unit code", example = "ZJJ") @QueryParam("unit") String unit,
                                      @Parameter(description = "COUNTY_LEADER, UNIT_HEAD or STAFF") @QueryParam("kind") PersonKind kind,
                                      @Parameter(description = "part of the name or title") @QueryParam("q") String text,
                                      @Parameter(description = "true: in post only; false: those who left") @QueryParam("active") Boolean active,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                      @Parameter(description = "name, unit, kind or title; - for descending", example = "name") @QueryParam("sort") String sort) {
        return registry.list(unit, kind, text, active, PageRequest.of(page, size), SortOrder.parse(sort, SORTABLE, SortOrder.ascending("name")), caller);
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getPerson", summary = "One person, with the ETag for edits",
            description = "Contact details only for the commander and the person's own unit.")
    @APIResponse(responseCode = "200", description = "the person", headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class),
                    examples = @ExampleObject(name = "as the person's own unit sees them", value = PERSON_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no such person", content = @Content(mediaType = PROBLEM))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return registry.find(id).map(p -> EntityTags.ok(registry.view(p, caller), p.version));
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "registerPerson", summary = "Register a person (a department its own staff; the commander anyone, county leaders included)",
            description = "Emits county.projects.person-registered.v1, which carries name, title, unit and kind but never contact details. "
                    + "With an Idempotency-Key, a retry returns the first response and registers nobody twice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRegistration.class), examples = {
            @ExampleObject(name = "a unit's staff member", value = "{\"name\": \"李明\", \"title\": \"建设科科长\", \"unit\": \"ZJJ\", \"kind\": \"STAFF\", "
                    + "\"phone\": \"0571-8888 1234\", \"email\": \"liming@zjj.county.gov.cn\"}"),
            @ExampleObject(name = "a county leader (commander)", value = "{\"name\": \"王建国\", \"title\": \"副县长\", \"kind\": \"COUNTY_LEADER\"}")}))
    @APIResponse(responseCode = "201", description = "registered; Location and ETag set", headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class), examples = @ExampleObject(name = "registered", value = PERSON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "invalid fields, named in errors", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "a department registering another unit's staff or a county leader", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown unit, or an Idempotency-Key reused for a different request", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown unit", value = "{\"type\": \"https://keyprojects.county/problems/unknown-unit\", \"title\": \"Unknown unit\", "
                    + "\"status\": 422, \"detail\": \"unit XXJ is not in the county's registry of units\", \"errors\": {\"unit\": \"no registered unit has the code XXJ\"}}")))
    public Uni<Response> register(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  PersonRegistration registration) {
        if (registration != null) { // who may register whom is decided before the values are judged
            PersonRegistry.authorizeRegistration(registration.unit(), registration.kind() == null ? null : registration.kind().name(), caller);
        }
        PersonRegistration valid = bodies.valid(registration);
        PersonRegistry.authorizeRegistration(valid.unit(), valid.kind().name(), caller);
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/people", valid,
                () -> registry.register(valid, caller).map(view -> Response.created(URI.create("/api/people/" + view.id()))
                        .tag(EntityTags.of(view.version())).entity(view).build()));
    }

    @PATCH
    @Path("/{id}")
    @WithTransaction
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "updatePerson", summary = "Edit a person (If-Match required): a department its own staff, the commander anyone",
            description = "JSON merge patch. Moving a person to another unit and naming a county leader are the commander's. "
                    + "Emits county.projects.person-updated.v1 when a public field changed; a change of phone or e-mail alone is announced to nobody.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonEdit.class), examples = {
            @ExampleObject(name = "new post", value = "{\"title\": \"建设科副科长\", \"phone\": \"0571-8888 4321\"}"),
            @ExampleObject(name = "left the post", value = "{\"active\": false}")}))
    @APIResponse(responseCode = "200", description = "the person after the edit, with the new ETag", headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class), examples = @ExampleObject(name = "edited", value = PERSON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "unknown, invalid or null required fields; an unreadable If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "another unit's person, a move to another unit, or naming a county leader", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no such person", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is stale: nothing changed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown unit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Uni<Response> update(@PathParam("id") UUID id,
                                @Parameter(description = IfMatch.DESCRIPTION, example = "\"0\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
                                JsonNode body) {
        return registry.find(id)
                .invoke(p -> PersonRegistry.authorizeEdit(p, PersonPatch.sentText(body, "unit"), PersonPatch.sentText(body, "kind"), caller))
                .chain(p -> {
                    IfMatch expected = IfMatch.required(ifMatch);
                    expected.requireCurrent(p.version, "person " + p.id);
                    return registry.update(p, expected, PersonPatch.parse(body, json, bodies), caller);
                })
                .map(view -> EntityTags.ok(view, view.version()));
    }
}
