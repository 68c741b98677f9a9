package io.keyprojects.notifications.webhook;

import static io.keyprojects.notifications.webhook.WebhookExamples.*;

import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The endpoints of the caller's unit as a collection: registering one, listing them. One endpoint: {@link io.keyprojects.notifications.endpoint.EndpointResource}. */
@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "A unit's endpoints: its own systems receive signed events (Standard Webhooks 1.0)")
public class WebhookResource {
    private final Webhooks webhooks;
    private final RequestBodies bodies;
    private final Caller caller;

    WebhookResource(Webhooks webhooks, RequestBodies bodies, Caller caller) {
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "registerWebhook", summary = "Register an endpoint of the caller's unit (department)",
            description = "The answer holds the signing secret (whsec_…) once: it is stored encrypted and never shown again"
                    + " (so no Idempotency-Key here: a replayed answer would have to keep the secret). The URL's host must not"
                    + " resolve to a loopback, link-local, private or multicast address unless configuration allows its range (422).")
    @APIResponse(responseCode = "201", description = "Registered; Location set; the secret shown once", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing fields, not an http(s) URL, unknown event types", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown-type", value = INVALID)))
    @APIResponse(responseCode = "422", description = "The target is internal or does not resolve", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "internal-target", value = INTERNAL_TARGET)))
    public Uni<Response> register(EndpointRequest request) {
        String unit = Webhooks.departmentUnit(caller);
        EndpointRequest valid = bodies.valid(request);
        Webhooks.validTypes(valid.eventTypes());
        String who = caller.name();
        return webhooks.checkedTarget(valid.url())
                .chain(target -> Panache.withTransaction(() -> webhooks.register(unit, who, valid, target)))
                .map(view -> Response.created(URI.create("/api/webhooks/" + view.id())).entity(view)
                        .tag(EntityTags.of(view.version())).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "listWebhooks", summary = "The caller's unit's endpoints (department); every unit's, or one unit's, for the commander")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = JSON, schema = @Schema(ref = "PageEndpoint"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + ENDPOINT_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "A page that is not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "bad-size", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "size must be between 1 and 200", "errors": {"size": "must be between 1 and 200"}}""")))
    public Uni<Page<EndpointView>> list(@Parameter(description = "commander only: one unit's endpoints", example = "ZJJ") @QueryParam("unit") String unit,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return webhooks.list(caller, unit, PageRequest.of(page, size));
    }
}
