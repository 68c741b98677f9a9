package io.keyprojects.assessment.publicity;

import io.keyprojects.contracts.EventType;
import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /internal/public-feed}: for the gateway only (it signs itself a portal token), never routed to the outside: the
 * gateway backfills its public feed from here on start, then follows Kafka.
 */
@Path("/internal/public-feed")
@Tag(name = "Public feed source", description = "the gateway's durable source of the public transparency feed (not routed by the gateway)")
public class PublicFeedResource {
    private final PublicFeedSource source;

    PublicFeedResource(PublicFeedSource source) {
        this.source = source;
    }

    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @RolesAllowed({Roles.PORTAL, Roles.AUDITOR})
    @Operation(operationId = "listStoredPublicFeedEvents", summary = "Stored events of the given types received after a cursor, in the order received (the gateway backfills its public feed from them)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicFeedSource.StoredEvents.class),
            examples = @ExampleObject(name = "page", value = """
                    {"events":[{"specversion":"1.0","id":"6c0f4e0a-3c1b-4d7e-9a51-2f1f6a0b9c11","source":"/assessment-service",
                      "type":"county.assessment.publicity-published.v1","subject":"2f6a1c9e-5b7d-4e1a-9c3b-8d2e4f6a0b1c","time":"2026-06-28T02:00:00Z",
                      "datacontenttype":"application/json","dataschema":"https://keyprojects.county/schemas/county.assessment.publicity-published.v1.json",
                      "data":{"id":"2f6a1c9e-5b7d-4e1a-9c3b-8d2e4f6a0b1c","kind":"MODEL_CASE","projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01",
                              "projectCode":"2026-ZD-017","projectName":"城东污水处理厂","title":"城东污水处理厂提前完成主体结构",
                              "text":"倒排工期、挂图作战，比计划提前20天完成主体结构封顶。","publishedAt":"2026-06-28T02:00:00Z"}}],
                     "last":1842}""")))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<PublicFeedSource.StoredEvents> events(
            @Parameter(description = "event type names (repeat the parameter), e.g. county.projects.project-registered.v1", required = true)
            @QueryParam("type") List<String> types,
            @Parameter(description = "the cursor: the last page's `last` (0 from the start)") @QueryParam("after") Long after,
            @Parameter(description = "1 to " + PublicFeedSource.MAX_PAGE + " (default " + PublicFeedSource.MAX_PAGE + ")") @QueryParam("limit") Integer limit) {
        if (types == null || types.isEmpty()) {
            throw QueryParameters.malformed("type", "one or more event type names");
        }
        for (String type : types) {
            if (EventType.byTypeName(type).isEmpty()) {
                throw QueryParameters.malformed("type", "event type names of the platform, e.g. county.projects.project-registered.v1");
            }
        }
        if (after != null && after < 0) {
            throw QueryParameters.malformed("after", "a cursor of 0 or more");
        }
        if (limit != null && (limit < 1 || limit > PublicFeedSource.MAX_PAGE)) {
            throw QueryParameters.malformed("limit", "1 to " + PublicFeedSource.MAX_PAGE);
        }
        return source.after(types, after == null ? 0 : after, limit == null ? PublicFeedSource.MAX_PAGE : limit);
    }
}
