package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /public/**}: no authentication, public fields only (publicity, 宣传). Project pages are read
 * from the registry, bulletins' public versions from assessment-service; the feed is built from events
 * ({@link PublicTimeline}), newest first.
 */
@Path("/public")
@Tag(name = "Public", description = "anyone: public project summaries and the transparency feed")
@SecurityRequirements
public class PublicResource {
    private static final int FEED_LIMIT = PublicTimeline.MAX_PER_YEAR;
    private final PublicCatalogue catalogue;
    private final PublicTimeline timeline;
    private final ObjectMapper json;
    private final CountyCalendar calendar;

    PublicResource(PublicCatalogue catalogue, PublicTimeline timeline, ObjectMapper json, CountyCalendar calendar) {
        this.catalogue = catalogue;
        this.timeline = timeline;
        this.json = json;
        this.calendar = calendar;
    }

    @GET
    @Path("/projects")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicProjects", summary = "Public project summaries, paged (no officials, no internal figures, nothing about blockers or scores)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicDocuments.ProjectPage.class)))
    public Uni<ObjectNode> projects(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                    @QueryParam("phase") @Pattern(regexp = "[A-Z_]{1,30}") String phase,
                                    @QueryParam("category") @Pattern(regexp = "[A-Z_]{1,30}") String category,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                    @Context RoutingContext routing) {
        return uni(catalogue.page(year, phase, category, page, size, routing.get(RequestIds.CONTEXT_KEY)));
    }

    @GET
    @Path("/projects/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicProject", summary = "One project's public page (the feed's entries link here): public fields only")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicDocuments.Project.class)))
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    public Uni<ObjectNode> project(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String code, @Context RoutingContext routing) {
        return uni(catalogue.project(code, routing.get(RequestIds.CONTEXT_KEY)));
    }

    @GET
    @Path("/bulletins/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getPublicBulletin", summary = "A supervision bulletin's public version (通报), as a page: no blocker wording, no order numbers, no publisher, no contact details")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "no such bulletin", content = @Content(mediaType = "application/problem+json"))
    public Uni<String> bulletin(@PathParam("id") UUID id, @Context RoutingContext routing) {
        return uni(catalogue.bulletinPage(id, routing.get(RequestIds.CONTEXT_KEY)));
    }

    @GET
    @Path("/feed.json")
    @Produces("application/feed+json")
    @Operation(operationId = "getJsonFeed", summary = "Transparency feed (JSON Feed 1.1, in Chinese): construction started, time nodes reached, projects completed, "
            + "bulletins' public versions, model cases and exposures",
            description = "Built from projects.events and assessment.events, backfilled on start from assessment-service's stored events so a restart "
                    + "or Kafka's retention never empties it; public fields only; each item links to its public page. Newest first, at most " + FEED_LIMIT + " items.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/feed+json", schema = @Schema(implementation = PublicDocuments.JsonFeed.class)))
    public ObjectNode jsonFeed(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @Context RoutingContext routing) {
        return FeedFormats.jsonFeed(entries(year), base(routing), json, calendar.zone());
    }

    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml")
    @Operation(operationId = "getAtomFeed", summary = "Transparency feed (Atom, in Chinese): construction started, time nodes reached, projects completed, "
            + "bulletins' public versions, model cases and exposures",
            description = "The same entries as /public/feed.json.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    public String atomFeed(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @Context RoutingContext routing) {
        return FeedFormats.atom(entries(year), base(routing), calendar.zone());
    }

    private List<FeedEntry> entries(Integer year) {
        return timeline.entries(year == null ? calendar.year() : year, FEED_LIMIT);
    }

    private static String base(RoutingContext routing) {
        return routing.request().scheme() + "://" + routing.request().authority();
    }

    private static <T> Uni<T> uni(Future<T> future) {
        return Uni.createFrom().completionStage(future.toCompletionStage());
    }
}
