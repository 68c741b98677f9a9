package io.keyprojects.gateway.apikey;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.platform.problem.ProblemException;
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
    private final ApiKeys keys;

    ApiKeyResource(ApiKeys keys) {
        this.keys = keys;
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
    public Response create(@Valid @NotNull NewKey request, @Context RoutingContext routing) {
        var created = keys.create(request.unit(), request.roles(), request.description(), who(routing));
        ApiKey key = created.key();
        return Response.created(URI.create("/api/gateway/api-keys/" + key.id()))
                .entity(new CreatedKey(key.id(), created.secret(), key.unit(), key.roles(), key.description(), key.createdAt()))
                .build();
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
