package io.keyprojects.notifications.mail;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications/mailboxes")
@Tag(name = "Inbox", description = "What is addressed to a unit: orders and reminders (催办), SLA overdue and escalations, dispatch decisions")
public class MailboxResource {
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String UNIT_EXAMPLE = """
            {"unit": "ZJJ", "address": "zjj-duban@county.gov.cn", "registeredBy": "department@ZJJ",
             "updatedAt": "2026-06-30T02:00:00Z"}""";
    static final String PERSON_EXAMPLE = """
            {"unit": "ZJJ", "person": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a", "address": "wang.jun@zjj.county.gov.cn",
             "registeredBy": "department@ZJJ", "updatedAt": "2026-06-30T02:00:00Z"}""";
    static final String FORBIDDEN = """
            {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "only unit ZJJ's department sets its notification addresses"}""";
    static final String INVALID = """
            {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "the request body is not valid", "errors": {"address": "must be a well-formed email address"}}""";
    static final String NOT_FOUND = """
            {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
             "detail": "notification address ZJJ does not exist"}""";
    static final String UNKNOWN_PERSON = """
            {"type": "https://keyprojects.county/problems/unknown-person", "title": "Unknown person", "status": 422,
             "detail": "person 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a is not known", "errors": {"person": "not a person of the registry"}}""";
    private final Mailboxes mailboxes;
    private final RequestBodies bodies;
    private final Caller caller;

    MailboxResource(Mailboxes mailboxes, RequestBodies bodies, Caller caller) {
        this.mailboxes = mailboxes;
        this.bodies = bodies;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "listMailboxes", summary = "The e-mail addresses notifications go to: a department its own unit's, the commander every unit's or one's")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = JSON, schema = @Schema(ref = "PageMailbox"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + UNIT_EXAMPLE + ", " + PERSON_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 2}")))
    @APIResponse(responseCode = "400", description = "A page that is not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "bad-size", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "size must be between 1 and 200", "errors": {"size": "must be between 1 and 200"}}""")))
    @APIResponse(responseCode = "403", description = "Another unit's addresses", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = """
                    {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
                     "detail": "a department reads its own unit's addresses only"}""")))
    public Uni<Page<MailboxView>> list(@Parameter(example = "ZJJ") @QueryParam("unit") String unit,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return mailboxes.list(caller, unit, PageRequest.of(page, size));
    }

    @PUT
    @Path("/units/{unit}")
    @BodyAfterAuthorisation
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "setUnitMailbox", summary = "Set the address the unit's notifications are e-mailed to (its own department)",
            description = "Contact details never travel in events, so the unit tells this service itself. Setting it again replaces it.")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = MailboxView.class), examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not an e-mail address", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "403", description = "Another unit", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    public Uni<MailboxView> setForUnit(@Parameter(example = "ZJJ") @PathParam("unit") String unit, MailboxRequest request) {
        Mailboxes.requireDepartmentOf(caller, unit);
        MailboxRequest valid = bodies.valid(request);
        String who = caller.name();
        return Panache.withTransaction(() -> mailboxes.set(unit, null, valid.address(), who));
    }

    @DELETE
    @Path("/units/{unit}")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "removeUnitMailbox", summary = "Stop e-mailing the unit's notifications (its own department)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Another unit", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No address was set", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<Void> removeForUnit(@Parameter(example = "ZJJ") @PathParam("unit") String unit) {
        Mailboxes.requireDepartmentOf(caller, unit);
        return Panache.withTransaction(() -> mailboxes.remove(unit, null));
    }

    @PUT
    @Path("/people/{person}")
    @BodyAfterAuthorisation
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "setPersonMailbox", summary = "Set the address a person of the caller's unit (责任人) gets the notifications naming them at",
            description = "Orders, decisions, reminders and escalations that name the person as responsible (专人) are e-mailed to them too.")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = MailboxView.class), examples = @ExampleObject(name = "person", value = PERSON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not an e-mail address", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "403", description = "A person of another unit", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = """
                    {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
                     "detail": "person 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a is not of the caller's unit"}""")))
    @APIResponse(responseCode = "422", description = "A person the registry never announced, or who left the post", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown-person", value = UNKNOWN_PERSON)))
    public Uni<MailboxView> setForPerson(@PathParam("person") UUID person, MailboxRequest request) {
        String unit = departmentUnit();
        String who = caller.name();
        return Panache.withTransaction(() -> mailboxes.requireOwnPerson(caller, person)
                .chain(() -> mailboxes.set(unit, person, bodies.valid(request).address(), who)));
    }

    @DELETE
    @Path("/people/{person}")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "removePersonMailbox", summary = "Stop e-mailing a person of the caller's unit")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No address was set for the person by the caller's unit", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = """
                    {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "notification address 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a does not exist"}""")))
    public Uni<Void> removeForPerson(@PathParam("person") UUID person) {
        String unit = departmentUnit();
        return Panache.withTransaction(() -> mailboxes.remove(unit, person));
    }

    private String departmentUnit() {
        return caller.unit().orElseThrow(() -> ProblemException.forbidden("a department token names its unit"));
    }
}
