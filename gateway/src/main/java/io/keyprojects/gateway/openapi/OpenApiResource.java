package io.keyprojects.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.gateway.upstream.Upstream;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /openapi.json}: the merged document Swagger UI shows first (no authentication: it is documentation). */
@Path("/openapi.json")
@Tag(name = "Documentation")
public class OpenApiResource {
    private final MergedOpenApi merged;

    OpenApiResource(MergedOpenApi merged) {
        this.merged = merged;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApiDocument", summary = "The whole system's OpenAPI document: the gateway's routes and every service's, merged")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT, description = "an OpenAPI 3.1 document")))
    public Uni<ObjectNode> document(@Context RoutingContext routing) {
        // the gateway's own document is read from itself, on the port this request came in on
        var local = routing.request().localAddress();
        Upstream self = local == null ? null
                : Upstream.local("gateway", local.port(), Duration.ofSeconds(5));
        return Uni.createFrom().completionStage(() -> merged.document(self).toCompletionStage());
    }
}
