package io.keyprojects.notifications.endpoint;

import static io.keyprojects.notifications.webhook.WebhookExamples.*;

import io.keyprojects.notifications.delivery.Deliveries;
import io.keyprojects.notifications.delivery.DeliveryStatus;
import io.keyprojects.notifications.delivery.DeliveryView;
import io.keyprojects.notifications.webhook.*;
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

/**
 * One webhook endpoint of a unit: read by its unit's department and the commander, managed by its unit's department
 * only ({@link Webhooks#readable}, {@link Webhooks#manageable}); every operation answers 403 for another unit's
 * endpoint and 404 for one that does not exist.
 */
@Path("/api/webhooks/{id}")
@Tag(name = "Webhooks")
@APIResponse(responseCode = "403", description = "Another unit's endpoint", content = @Content(mediaType = PROBLEM,
        examples = @ExampleObject(name = "forbidden", value = FORBIDDEN)))
@APIResponse(responseCode = "404", description = "No such endpoint", content = @Content(mediaType = PROBLEM,
        examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
public class EndpointResource {
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final RequestBodies bodies;
    private final Caller caller;

    EndpointResource(Webhooks webhooks, Deliveries deliveries, RequestBodies bodies, Caller caller) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.bodies = bodies;
        this.caller = caller;
    }

    @GET
        @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "getWebhook", summary = "One endpoint, with its ETag (its unit's department; the commander)")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "endpoint", value = ENDPOINT_EXAMPLE)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return webhooks.readable(id, caller).map(e -> EntityTags.ok(EndpointView.of(e), e.version));
    }

    @PATCH
    @RolesAllowed(Roles.DEPARTMENT)
        @Operation(operationId = "changeWebhook", summary = "Change an endpoint of the caller's unit; enabled=true re-enables a disabled one",
            description = "Only the fields given change. A new URL is checked like a registered one (422 for an internal target).")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "endpoint", value = ENDPOINT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Fields that are not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown-type", value = INVALID)))
    @APIResponse(responseCode = "422", description = "The new target is internal or does not resolve", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "internal-target", value = INTERNAL_TARGET)))
    public Uni<Response> change(@PathParam("id") UUID id,
                                @Parameter(description = IfMatch.DESCRIPTION, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
                                EndpointChange change) {
        IfMatch precondition = IfMatch.required(ifMatch);
        // judged in a session first, then again in the transaction that changes it: the new URL is resolved in between
        return Panache.withSession(() -> current(id, precondition).invoke(e -> {
                    bodies.valid(change);
                    if (change.eventTypes() != null) {
                        Webhooks.validTypes(change.eventTypes());
                    }
                }))
                .chain(checked -> change.url() == null ? Uni.createFrom().nullItem() : webhooks.checkedTarget(change.url()))
                .chain(target -> Panache.withTransaction(() -> current(id, precondition).chain(e -> webhooks.change(e, change, target))))
                .map(view -> EntityTags.ok(view, view.version()));
    }

    @DELETE
        @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "removeWebhook", summary = "Remove an endpoint of the caller's unit, with its pending deliveries and log")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return webhooks.manageable(id, caller).chain(e -> e.delete()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/ping")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "pingWebhook", summary = "Queue a signed test event (county.notifications.ping.v1) to the endpoint")
    @APIResponse(responseCode = "202", description = "Queued; follow it in the delivery log", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryView.class), examples = @ExampleObject(name = "queued", value = DELIVERY_EXAMPLE)))
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
    @Path("/rotate-secret")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret (shown once); the old one keeps signing for the configured overlap",
            description = "During the overlap every delivery carries two signatures in webhook-signature, one per secret.")
    @APIResponse(responseCode = "200", description = "Rotated; the new secret shown once", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = EndpointView.class), examples = @ExampleObject(name = "rotated", value = CREATED_EXAMPLE)))
    public Uni<EndpointView> rotate(@PathParam("id") UUID id) {
        return webhooks.manageable(id, caller).chain(webhooks::rotate);
    }

    @GET
    @Path("/deliveries")
    @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first: status, attempts, answer codes, excerpts, latency")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = JSON, schema = @Schema(ref = "PageDelivery"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + DELIVERY_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    public Uni<Page<DeliveryView>> deliveries(@PathParam("id") UUID id,
                                              @Parameter(example = "FAILED") @QueryParam("status") DeliveryStatus status,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return webhooks.readable(id, caller).chain(e -> deliveries.of(e, status, request));
    }

    @POST
    @Path("/deliveries/{deliveryId}/redeliver")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again now, with the same webhook-id")
    @APIResponse(responseCode = "202", description = "Queued again", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryView.class), examples = @ExampleObject(name = "queued", value = DELIVERY_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Uni<Response> redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.manageable(id, caller).chain(e -> deliveries.redeliver(e, deliveryId))
                .map(view -> Response.accepted(view).build());
    }
    /** The endpoint when the caller manages it and read the version it is at. */
    private Uni<Endpoint> current(UUID id, IfMatch precondition) {
        return webhooks.manageable(id, caller).invoke(e -> Webhooks.requireVersion(precondition, e));
    }
}
