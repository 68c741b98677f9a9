package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/bulletins")
@Tag(name = "Bulletins", description = "督查通报: periodic bulletins generated from the facts, as JSON and as a readable page")
public class BulletinResource {
    static final String EXAMPLE = """
            {"id":"7c1dca19-1b5d-4b6e-8498-66d6b2e24174","period":"2026-Q2","title":"2026-Q2 重点工程督查通报","publishedAt":"2026-07-02T02:00:00Z","publishedBy":"supervisor",
             "content":{"period":"2026-Q2","evaluationDate":"2026-06-30","rulesetVersion":1,
              "units":[{"rank":1,"unit":"ZJJ","unitName":"住建局","projects":9,"started":7,"completed":1,"spi":0.962,"openBlockers":2,
                        "overdueOrders":0,"total":91.20,"grade":"EXCELLENT","outcome":"COMMENDATION"}],
              "laggingProjects":[{"project":"2026-ZD-031","unit":"CGZ","plannedPercent":48.50,"actualPercent":20,"lagPoints":28.50}],
              "openBlockers":14,"overdueRectifications":2,"commended":["ZJJ"],"criticised":["CGZ"]}}""";

    private final Bulletins bulletins;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    BulletinResource(Bulletins bulletins, Caller caller, IdempotentRequests idempotency) {
        this.bulletins = bulletins;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "publishBulletin", summary = "Generate and publish the period's bulletin from the facts as of now (supervisor); announced as bulletin-published")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulletinView.class), examples = @ExampleObject(name = "bulletin", value = EXAMPLE)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> publish(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07", example = "2026-Q2", required = true)
                                 @QueryParam("period") String period) {
        var p = AssessmentPeriod.fromQuery(period);
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/supervision/bulletins?period=" + p.label(), null,
                () -> bulletins.publish(p, caller.name())
                        .map(b -> Response.created(URI.create("/api/supervision/bulletins/" + b.id())).entity(b).build()));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "listBulletins", summary = "The period's bulletins, newest first, paged")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageBulletinView"), examples = @ExampleObject(name = "bulletins",
            value = "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Uni<Page<BulletinView>> list(@Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07", example = "2026-Q2", required = true)
                                        @QueryParam("period") String period,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return bulletins.of(AssessmentPeriod.fromQuery(period), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getBulletin", summary = "One bulletin as JSON (ask for text/html, or add .html, for the readable page)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulletinView.class), examples = @ExampleObject(name = "bulletin", value = EXAMPLE)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<BulletinView> one(@PathParam("id") UUID id) {
        return bulletins.one(id);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    // the same page as getBulletinPage, by content negotiation: left out of the document so a generated client's
    // getBulletin asks for JSON only
    @Operation(hidden = true)
    public Uni<String> page(@PathParam("id") UUID id) {
        return bulletins.one(id).map(BulletinPage::html);
    }

    @GET
    @Path("/{id}.html")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getBulletinPage", summary = "One bulletin as a readable HTML page (for links)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "page",
            value = "<!DOCTYPE html><html lang=\"zh-CN\">…<h1>2026-Q2 重点工程督查通报</h1>…</html>")))
    public Uni<String> pageByName(@PathParam("id") UUID id) {
        return page(id);
    }
}
