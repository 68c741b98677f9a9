package io.keyprojects.notifications.webhook;

import io.keyprojects.notifications.delivery.Deliveries;
import io.keyprojects.notifications.delivery.DeliveryStatus;
import io.keyprojects.notifications.delivery.DeliveryView;
import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "A unit's endpoints: its own systems receive signed events (Standard Webhooks 1.0)")
public class WebhookResource {
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String ENDPOINT_EXAMPLE = """
            {"id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "unit": "ZJJ", "url": "https://zjj.county.gov.cn/hooks/keyprojects",
             "description": "住建局项目管理系统", "eventTypes": ["county.issues.issue-escalated.v1"], "scope": "UNIT",
             "enabled": true, "createdBy": "department@ZJJ", "createdAt": "2026-06-30T02:00:00Z",
             "updatedAt": "2026-06-30T02:00:00Z", "version": 0}""";
    static final String CREATED_EXAMPLE = """
            {"id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "unit": "ZJJ", "url": "https://zjj.county.gov.cn/hooks/keyprojects",
             "description": "住建局项目管理系统", "eventTypes": ["county.issues.issue-escalated.v1"], "scope": "UNIT",
             "enabled": true, "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "createdBy": "department@ZJJ",
             "createdAt": "2026-06-30T02:00:00Z", "updatedAt": "2026-06-30T02:00:00Z", "version": 0}""";
    static final String DELIVERY_EXAMPLE = """
            {"id": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b", "endpointId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
             "eventId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "eventType": "county.issues.issue-escalated.v1",
             "subject": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11", "status": "DELIVERED", "attempts": 2,
             "lastStatus": 200, "lastResponse": "ok", "lastLatencyMs": 42, "createdAt": "2026-06-30T02:00:00Z",
             "finishedAt": "2026-06-30T02:00:06Z",
             "history": [{"attempt": 1, "attemptedAt": "2026-06-30T02:00:00Z", "statusCode": 503, "latencyMs": 30, "responseExcerpt": "busy"},
                         {"attempt": 2, "attemptedAt": "2026-06-30T02:00:06Z", "statusCode": 200, "latencyMs": 42, "responseExcerpt": "ok"}]}""";
    static final String FORBIDDEN = """
            {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "webhook endpoint 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f belongs to another unit"}""";
    static final String NOT_FOUND = """
            {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
             "detail": "webhook endpoint 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f does not exist"}""";
    static final String INTERNAL_TARGET = """
            {"type": "https://keyprojects.county/problems/internal-target", "title": "Internal target refused", "status": 422,
             "detail": "the host 10.0.0.5 resolves to 10.0.0.5, a private address; such targets need to be in the allowed ranges of the configuration"}""";
    static final String INVALID = """
            {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "some event types are unknown", "errors": {"eventTypes[0]": "not an event type of projects.events, issues.events or assessment.events"}}""";
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final RequestBodies bodies;
    private final Caller caller;

    WebhookResource(Webhooks webhooks, Deliveries deliveries, RequestBodies bodies, Caller caller) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
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

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "getWebhook", summary = "One endpoint, with its ETag (its unit's department; the commander)")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "endpoint", value = ENDPOINT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return webhooks.readable(id, caller).map(e -> EntityTags.ok(EndpointView.of(e), e.version));
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT)
    @Path("/{id}")
    @Operation(operationId = "changeWebhook", summary = "Change an endpoint of the caller's unit; enabled=true re-enables a disabled one",
            description = "Only the fields given change. A new URL is checked like a registered one (422 for an internal target).")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "endpoint", value = ENDPOINT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Fields that are not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown-type", value = INVALID)))
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "The new target is internal or does not resolve", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "internal-target", value = INTERNAL_TARGET)))
    public Uni<Response> change(@PathParam("id") UUID id,
                                @Parameter(description = IfMatch.DESCRIPTION, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
                                EndpointChange change) {
        IfMatch precondition = IfMatch.required(ifMatch);
        return Panache.withSession(() -> webhooks.manageable(id, caller).invoke(e -> {
                    Webhooks.requireVersion(precondition, e);
                    bodies.valid(change);
                    if (change.eventTypes() != null) {
                        Webhooks.validTypes(change.eventTypes());
                    }
                }))
                .chain(checked -> change.url() == null ? Uni.createFrom().nullItem() : webhooks.checkedTarget(change.url()))
                .chain(target -> Panache.withTransaction(() -> webhooks.manageable(id, caller).chain(e -> {
                    Webhooks.requireVersion(precondition, e);
                    return webhooks.change(e, change, target);
                })))
                .map(view -> EntityTags.ok(view, view.version()));
    }

    @DELETE
    @Path("/{id}")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "removeWebhook", summary = "Remove an endpoint of the caller's unit, with its pending deliveries and log")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return webhooks.manageable(id, caller).chain(e -> e.delete()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/ping")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "pingWebhook", summary = "Queue a signed test event (county.notifications.ping.v1) to the endpoint")
    @APIResponse(responseCode = "202", description = "Queued; follow it in the delivery log", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryView.class), examples = @ExampleObject(name = "queued", value = DELIVERY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The endpoint is disabled", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "disabled", value = """
                    {"type": "https://keyprojects.county/problems/endpoint-disabled", "title": "Endpoint disabled", "status": 409,
                     "detail": "webhook endpoint 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f is disabled; enable it first (PATCH enabled=true)"}""")))
    public Uni<Response> ping(@PathParam("id") UUID id) {
        String who = caller.name();
        return webhooks.manageable(id, caller).chain(e -> deliveries.ping(e, who))
                .map(view -> Response.accepted(view).location(URI.create("/api/webhooks/" + id + "/deliveries")).build());
    }

    @POST
    @Path("/{id}/rotate-secret")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret (shown once); the old one keeps signing for the configured overlap",
            description = "During the overlap every delivery carries two signatures in webhook-signature, one per secret.")
    @APIResponse(responseCode = "200", description = "Rotated; the new secret shown once", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "rotated", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<EndpointView> rotate(@PathParam("id") UUID id) {
        return webhooks.manageable(id, caller).chain(webhooks::rotate);
    }

    @GET
    @Path("/{id}/deliveries")
    @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first: status, attempts, answer codes, excerpts, latency")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = JSON, schema = @Schema(ref = "PageDelivery"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + DELIVERY_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<Page<DeliveryView>> deliveries(@PathParam("id") UUID id,
                                              @Parameter(example = "FAILED") @QueryParam("status") DeliveryStatus status,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return webhooks.readable(id, caller).chain(e -> deliveries.of(e, status, request));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again now, with the same webhook-id")
    @APIResponse(responseCode = "202", description = "Queued again", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryView.class), examples = @ExampleObject(name = "queued", value = DELIVERY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<Response> redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.manageable(id, caller).chain(e -> deliveries.redeliver(e, deliveryId))
                .map(view -> Response.accepted(view).build());
    }
}
