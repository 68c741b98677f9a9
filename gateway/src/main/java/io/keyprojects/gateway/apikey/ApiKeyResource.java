package io.keyprojects.gateway.apikey;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.routing.UpstreamCalls;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/gateway/api-keys}: the commander's administration of department systems' keys. Who may
 * call it is decided by the gateway's access table (commander only), before this runs.
 */
@Path("/api/gateway/api-keys")
@Tag(name = "API keys", description = "keys for department systems (commander)")
public class ApiKeyResource {
    private static final Duration UNIT_CHECK_TIMEOUT = Duration.ofSeconds(5);
    private final ApiKeys keys;
    private final UpstreamCalls calls;
    private final RouteTable routes;

    ApiKeyResource(ApiKeys keys, UpstreamCalls calls, RouteTable routes) {
        this.keys = keys;
        this.calls = calls;
        this.routes = routes;
    }

    @Schema(example = "{\"unit\": \"ZJJ\", \"roles\": [\"department\"], \"description\": \"住建局 project system\"}")
    public record NewKey(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,15}", message = "a unit code such as ZJJ") String unit,
            @NotEmpty Set<@NotBlank String> roles,
            @Size(max = 200) String description) {
    }

    public record KeyView(String id, String unit, Set<String> roles, String description, Instant createdAt,
                          String createdBy, Instant revokedAt, String revokedBy, boolean active) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.unit(), key.roles(), key.description(), key.createdAt(), key.createdBy(),
                    key.revokedAt(), key.revokedBy(), key.active());
        }
    }

    /** The only time the key itself is shown: it is not stored, only its hash. */
    public record CreatedKey(String id, String key, String unit, Set<String> roles, String description, Instant createdAt) {
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create a key bound to a unit and roles; the key is shown once")
    @APIResponse(responseCode = "201", description = "created; the key is in the body, once, and never again", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKeyResource.CreatedKey.class)))
    @APIResponse(responseCode = "400", description = "invalid unit or roles", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "a unit the registry does not know (unknown-unit)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "the registry (projects-service) cannot confirm the unit now",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> create(@Valid @NotNull NewKey request, @Context RoutingContext routing) {
        String who = who(routing);
        return knownUnit(request.unit(), routing)
                .emitOn(Infrastructure.getDefaultWorkerPool()) // the key file is written below
                .map(known -> {
                    var created = keys.create(request.unit(), request.roles(), request.description(), who);
                    ApiKey key = created.key();
                    return Response.created(URI.create("/api/gateway/api-keys/" + key.id()))
                            .entity(new CreatedKey(key.id(), created.secret(), key.unit(), key.roles(), key.description(), key.createdAt()))
                            .build();
                });
    }

    /**
     * The gateway keeps no database: the registry's public {@code GET /api/units/{code}} (with the commander's own
     * token) says whether the unit exists. 404 there is a 422 here; no answer is a 503, never a key for a guess.
     */
    private Uni<Void> knownUnit(String unit, RoutingContext routing) {
        Client client = routing.get(Client.CONTEXT_KEY);
        String path = "/api/units/" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
        return Uni.createFrom().completionStage(() -> calls.getJson(routes.projects(), path,
                        client == null ? null : client.authorization(), routing.get(RequestIds.CONTEXT_KEY), UNIT_CHECK_TIMEOUT)
                .toCompletionStage())
                .onFailure().transform(e -> e instanceof UpstreamCalls.Failed failed && failed.status() == 404
                        ? ProblemException.unknownUnit("unit", unit)
                        : new ProblemException(Problem.of(503, "registry-unavailable", "Service unavailable",
                                "the registry of units cannot confirm unit " + unit + " now; retry later")))
                .replaceWithVoid();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "All keys, revoked ones included (never the secrets)")
    public List<KeyView> list() {
        return keys.list().stream().map(KeyView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "One key")
    @APIResponse(responseCode = "200", description = "the key's binding and state (never the secret)")
    @APIResponse(responseCode = "404", description = "no such key", content = @Content(mediaType = "application/problem+json"))
    public KeyView get(@PathParam("id") String id) {
        return keys.find(id).map(KeyView::of)
                .orElseThrow(() -> ProblemException.notFound("API key", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key: it stops working at once")
    @APIResponse(responseCode = "200", description = "revoked; revoking again changes nothing")
    @APIResponse(responseCode = "404", description = "no such key", content = @Content(mediaType = "application/problem+json"))
    public KeyView revoke(@PathParam("id") String id, @Context RoutingContext routing) {
        return KeyView.of(keys.revoke(id, who(routing)));
    }

    private static String who(RoutingContext routing) {
        Client client = routing.get(Client.CONTEXT_KEY);
        return client == null ? "unknown" : client.id();
    }
}
